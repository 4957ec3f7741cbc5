/**
 * Sections of a rendered plan, for printing: nests the plan's HTML into sections (a heading and
 * everything up to the next heading of the same or a higher rank), and adds the "print this
 * section" tools after each heading of the full text. Works on the HTML Astro renders, so the
 * text printed is the text shown.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import type { Element, ElementContent, Root, RootContent } from 'hast';

const HEADING = /^h([2-6])$/;

export function headingDepth(node: RootContent | ElementContent): number | null {
  if (node.type !== 'element') return null;
  const match = HEADING.exec(node.tagName);
  return match && node.properties.id ? Number(match[1]) : null;
}

const classes = (node: Element) => [node.properties.className ?? []].flat().map(String);

/** The plan's blocks in reading order, task wrappers opened and annotation lines dropped. */
export function blocks(nodes: (RootContent | ElementContent)[]): (RootContent | ElementContent)[] {
  return nodes.flatMap((node) => {
    if (node.type !== 'element') return node.type === 'text' && !node.value.trim() ? [] : [node];
    if (node.properties.dataAnnotation !== undefined || node.properties.dataSectionTools !== undefined) return [];
    if (classes(node).includes('task')) return blocks(node.children);
    return [node];
  });
}

export interface PrintSection {
  id: string;
  /** The heading as written. */
  title: string;
  /** The heading (its id moves to the section) and the text before the first subsection. */
  html: string;
  sections: PrintSection[];
}

export interface PrintSections {
  /** What comes before the first section: the document's head and title. */
  before: string;
  sections: PrintSection[];
  /** The closing blocks (recipients, signature), which no section runs into. */
  after: string;
}

const CLOSING_CLASSES = ['recipients', 'signature'];
type Block = RootContent | ElementContent;
const serialize = (nodes: Block[]) => toHtml({ type: 'root', children: nodes as RootContent[] });

/**
 * The plan's text as nested sections: a section is a heading and everything up to the next heading
 * of the same or a higher rank, so one print view can show any section alone (see print.css).
 */
export function sectionTree(html: string): PrintSections {
  const before: Block[] = [];
  const after: Block[] = [];
  const top: PrintSection[] = [];
  const open: { depth: number; section: PrintSection; own: Block[] }[] = [];
  const close = (depth: number) => {
    while (open.length > 0 && open.at(-1)!.depth >= depth) {
      const { section, own } = open.pop()!;
      section.html = serialize(own);
    }
  };
  for (const node of blocks(fromHtml(html, { fragment: true }).children)) {
    const depth = headingDepth(node);
    if (depth !== null && node.type === 'element') {
      close(depth);
      const { id, ...properties } = node.properties;
      const section: PrintSection = { id: String(id), title: toText(node).trim(), html: '', sections: [] };
      (open.at(-1)?.section.sections ?? top).push(section);
      open.push({ depth, section, own: [{ ...node, properties }] });
    } else if (after.length > 0 || (node.type === 'element' && classes(node).some((name) => CLOSING_CLASSES.includes(name)))) {
      close(0);
      after.push(node);
    } else {
      (open.at(-1)?.own ?? before).push(node);
    }
  }
  close(0);
  return { before: serialize(before), sections: top, after: serialize(after) };
}

/**
 * Adds, after every heading with an id, a small toolbar built by `tools(id)` (an element tree),
 * marked data-section-tools so that print, search and the faithfulness checks leave it out.
 */
// Astro writes this HTML, so headings are well formed and never nested: a pattern finds them at a
// fraction of the cost of parsing the whole page, which every plan page would pay.
const HEADING_WITH_ID = /<h([2-6])\b[^>]*?\sid="([^"]+)"[^>]*>[\s\S]*?<\/h\1>/g;

export function withSectionTools(html: string, tools: (id: string) => Element): string {
  return html.replace(HEADING_WITH_ID, (heading, _depth: string, id: string) => heading + toHtml(tools(id)));
}
