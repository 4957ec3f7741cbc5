/**
 * On a plan reached from search (?tu-khoa=…), marks the searched words in the text, tones and
 * đ optional, and brings the first one into view when the link named no section.
 */
import { matchRanges, phraseTier } from '../lib/search/text.ts';
import { withMarks } from './dom.ts';

function highlightArrival(root: HTMLElement, query: string): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('[data-annotation], script, style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  // Where the phrase stands somewhere in the text, mark only the phrase, not its words elsewhere.
  const phraseOnly = phraseTier(root.textContent ?? '', query) < 2;
  let marked = 0;
  for (const node of nodes) {
    const text = node.data.normalize('NFC');
    const ranges = matchRanges(text, query, { phraseOnly });
    if (ranges.length === 0) continue;
    const { fragment, marks } = withMarks(text, ranges, 'search-hit');
    marked += marks;
    node.replaceWith(fragment);
  }
  return marked;
}

/** Marks the words of ?tu-khoa= in the plan's text, if the page was reached from search. */
export function highlightFromAddress(): void {
  const query = new URLSearchParams(location.search).get('tu-khoa');
  const root = document.querySelector<HTMLElement>('[data-plan-text]');
  if (query && root && highlightArrival(root, query) > 0 && !location.hash) {
    root.querySelector('.search-hit')?.scrollIntoView({ block: 'center' });
  }
}
