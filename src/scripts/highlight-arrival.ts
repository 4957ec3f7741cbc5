/**
 * On a plan reached from search (?tu-khoa=…), marks what was asked in the text, as the search
 * marks its excerpts: the phrase in any of its forms (tones and đ optional, "ubnd" for "Ủy ban
 * nhân dân"), or the words where they stand near each other, never each syllable that folds
 * alike. The first mark is brought into view when the link named no section.
 */
import { highlightRanges } from '../lib/search/match.ts';
import { parseQuery, type SearchQuery } from '../lib/search/query.ts';
import { withMarks } from './dom.ts';

/** Blocks whose text is read as one: a phrase may run across a link or a bold word inside one. */
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, td, th, dd, dt, blockquote, figcaption, caption';

/** The text nodes under `root` that a reader reads, by the block they stand in. */
function textByBlock(root: HTMLElement): Map<Element, Text[]> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('[data-annotation], [data-section-tools], script, style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const blocks = new Map<Element, Text[]>();
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const block = node.parentElement!.closest(BLOCKS) ?? root;
    if (!blocks.has(block)) blocks.set(block, []);
    blocks.get(block)!.push(node);
  }
  return blocks;
}

/** Marks `ranges` of the text that `nodes` hold together (positions in their joined NFC text). */
function markAcross(nodes: Text[], ranges: [number, number][]): void {
  let offset = 0;
  for (const node of nodes) {
    const text = node.data.normalize('NFC');
    const end = offset + text.length;
    // The part of each range that falls in this node.
    const own = ranges.filter(([from, to]) => from < end && to > offset).map(([from, to]): [number, number] => [Math.max(from, offset) - offset, Math.min(to, end) - offset]);
    if (own.length > 0) node.replaceWith(withMarks(text, own, 'search-hit').fragment);
    offset = end;
  }
}

function highlightArrival(root: HTMLElement, query: SearchQuery): number {
  const blocks = [...textByBlock(root).values()].map((nodes) => ({ nodes, text: nodes.map((node) => node.data.normalize('NFC')).join('') }));
  let found = blocks.map((block) => highlightRanges(block.text, query));
  // Where the phrase and the words near each other stand nowhere in the plan, its longer parts are marked.
  if (found.every((ranges) => ranges.length === 0)) found = blocks.map((block) => highlightRanges(block.text, query, { partsToo: true }));
  blocks.forEach((block, index) => markAcross(block.nodes, found[index]));
  return found.reduce((sum, ranges) => sum + ranges.length, 0);
}

/** Marks what ?tu-khoa= asked in the plan's text, if the page was reached from search. */
export function highlightFromAddress(): void {
  const asked = new URLSearchParams(location.search).get('tu-khoa');
  const root = document.querySelector<HTMLElement>('[data-plan-text]');
  if (asked && root && highlightArrival(root, parseQuery(asked)) > 0 && !location.hash) {
    root.querySelector('.search-hit')?.scrollIntoView({ block: 'center' });
  }
}
