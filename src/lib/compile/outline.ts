/**
 * A plan's outline, made once while the plan is compiled: its sections (a heading with an id and
 * everything up to the next heading of the same or a higher rank) wrapped in the tree as
 * `<Section>` elements, a `<SectionTools>` mark after each section's heading, and the outline
 * itself (id, title, depth, own text, tasks and targets) for every reader that needs the
 * structure: the plan page and its print view render the same tree with different components,
 * and the offline search indexes the outline, never the built HTML.
 */
import type { MdNode } from './annotations.ts';
import { plainText } from './annotations.ts';

export interface OutlineSection {
  id: string;
  /** The heading as written ("2.1. Chú trọng …"). */
  title: string;
  /** Heading rank: 2 for ##. */
  depth: number;
  /** Ids of the sections above it, outermost first. */
  parents: string[];
  /** The section's own text, before its first subsection, as plain text. */
  text: string;
  /** Anchors of the tasks and targets that stand in its own text. */
  tasks: string[];
  targets: string[];
}

/** Blocks that close the document: no section runs into them. */
const CLOSING = new Set(['Recipients', 'Signature']);

const isJsx = (node: MdNode, name?: string) => node.type === 'mdxJsxFlowElement' && (name === undefined || node.name === name);
const attribute = (node: MdNode, name: string) => node.attributes?.find((attr) => attr.name === name)?.value;
const jsx = (name: string, attributes: Record<string, string>, children: MdNode[] = []): MdNode => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
  children,
});

/** The id a heading was given (see annotations.ts), or null. */
function headingId(node: MdNode | undefined): string | null {
  return node?.type === 'heading' && typeof node.data?.id === 'string' ? node.data.id : null;
}

/** The heading a block opens its section with: its own, or a task's first child. */
function openingHeading(node: MdNode): MdNode | null {
  if (headingId(node)) return node;
  if (isJsx(node, 'Task') && headingId(node.children?.[0])) return node.children![0];
  return null;
}

/** The outline of a plan: the text before its first section (head and title), then its sections. */
export interface Outline {
  preamble: string;
  sections: OutlineSection[];
}

interface Open {
  depth: number;
  section: MdNode;
  outline: OutlineSection;
}

/**
 * Wraps `tree`'s sections in `<Section id>` elements, marks each section's heading with a
 * `<SectionTools id>` after it, and returns the outline: the text before the first section, then
 * the sections in reading order. Throws when a task
 * holds a heading anywhere but at its start at a rank no deeper than its own: a task that opens
 * a section must close inside it.
 */
export function wrapSections(tree: MdNode): Outline {
  const outline: OutlineSection[] = [];
  const preamble = { text: '' } as OutlineSection;
  const open: Open[] = [];
  const result: MdNode[] = [];
  let closed = false;

  const ownText = (node: MdNode, into: OutlineSection) => {
    const text = plainText(node).replace(/\s+/g, ' ').trim();
    if (text) into.text = into.text ? `${into.text} ${text}` : text;
  };
  const collectAnchors = (node: MdNode, into: OutlineSection) => {
    if (isJsx(node, 'Task')) into.tasks.push(String(attribute(node, 'id')));
    if (node.type === 'mdxJsxTextElement' && node.name === 'Target') into.targets.push(String(attribute(node, 'id')));
    for (const child of node.children ?? []) collectAnchors(child, into);
  };
  /** Adds a block to the innermost open section (or the document), with its text and anchors. */
  const place = (node: MdNode) => {
    const current = open.at(-1);
    if (!current) {
      result.push(node);
      if (outline.length === 0) ownText(node, preamble);
      return;
    }
    current.section.children!.push(node);
    collectAnchors(node, current.outline);
    if (!isJsx(node, 'Task')) ownText(node, current.outline);
    else for (const child of node.children ?? []) if (child !== openingHeading(node) && child.type !== 'mdxJsxFlowElement') ownText(child, current.outline);
  };

  for (const node of tree.children ?? []) {
    if (closed || (isJsx(node) && CLOSING.has(node.name ?? ''))) {
      closed = true;
      open.length = 0;
      result.push(node);
      continue;
    }
    const heading = openingHeading(node);
    checkTaskHeadings(node, heading);
    if (!heading) {
      place(node);
      continue;
    }
    const id = headingId(heading)!;
    const depth = heading.depth ?? 2;
    while (open.length > 0 && open.at(-1)!.depth >= depth) open.pop();
    const section = jsx('Section', { id }, []);
    const entry: OutlineSection = { id, title: plainText(heading).trim(), depth, parents: open.map((parent) => parent.outline.id), text: '', tasks: [], targets: [] };
    outline.push(entry);
    (open.at(-1)?.section.children ?? result).push(section);
    open.push({ depth, section, outline: entry });
    // The tools follow the heading, inside the task when the task opens the section.
    if (node === heading) {
      section.children!.push(node, jsx('SectionTools', { id }));
    } else {
      node.children!.splice(1, 0, jsx('SectionTools', { id }));
      place(node);
    }
  }
  tree.children = result;
  return { preamble: preamble.text, sections: outline };
}

/** A heading inside a task may only open it: a task cannot span two sections. */
function checkTaskHeadings(node: MdNode, opening: MdNode | null): void {
  if (!isJsx(node, 'Task')) return;
  const taskId = String(attribute(node, 'id'));
  for (const child of node.children ?? []) {
    if (child.type !== 'heading' || child === opening) continue;
    throw new Error(
      `task ${taskId}: the heading "${plainText(child).trim().slice(0, 60)}" stands inside the task; a task may only open with its heading — close the task before the next section`,
    );
  }
}
