/**
 * Sections of a rendered plan, for printing: cuts one section (a heading and everything up to the
 * next heading of the same or a higher rank) out of the plan's HTML, and adds the "print this
 * section" tools after each heading of the full text. Works on the HTML Astro renders, so the
 * text printed is the text shown.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
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

/** The HTML of section `id`, or null when the plan has no heading with that id. */
export function sliceSection(html: string, id: string): string | null {
  const all = blocks(fromHtml(html, { fragment: true }).children);
  const start = all.findIndex((node) => node.type === 'element' && node.properties.id === id && headingDepth(node) !== null);
  if (start === -1) return null;
  const depth = headingDepth(all[start])!;
  let end = start + 1;
  while (end < all.length && (headingDepth(all[end]) ?? Infinity) > depth) end += 1;
  return toHtml({ type: 'root', children: all.slice(start, end) as RootContent[] });
}

/** The headings above section `id`, outermost first, as {id, text}. */
export function sectionPath(headings: readonly { depth: number; slug: string; text: string }[], id: string): { slug: string; text: string }[] {
  const index = headings.findIndex((heading) => heading.slug === id);
  if (index === -1) return [];
  const path = [headings[index]];
  for (let i = index - 1; i >= 0; i -= 1) {
    if (headings[i].depth < path[0].depth) path.unshift(headings[i]);
  }
  return path.map(({ slug, text }) => ({ slug, text }));
}

/**
 * Adds, after every heading with an id, a small toolbar built by `tools(id)` (an element tree),
 * marked data-section-tools so that print, search and the faithfulness checks leave it out.
 */
export function withSectionTools(html: string, tools: (id: string) => Element): string {
  const tree: Root = fromHtml(html, { fragment: true });
  const visit = (parent: Root | Element) => {
    const children: (RootContent | ElementContent)[] = parent.children;
    parent.children = children.flatMap((node): (RootContent | ElementContent)[] => {
      if (node.type !== 'element') return [node];
      if (headingDepth(node) !== null) return [node, tools(String(node.properties.id))];
      visit(node);
      return [node];
    }) as typeof parent.children;
  };
  visit(tree);
  return toHtml(tree);
}
