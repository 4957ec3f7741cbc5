/**
 * Remark plugin for plans: anchors every section, task and target (see annotations.ts), links
 * every document number in the text through `<DocRef>`, wraps the sections (see outline.ts), and
 * hands the tasks, targets, numbers and outline to the page through the entry's remark
 * frontmatter. Bad annotations fail the build, naming the
 * file and the task.
 */
import type { Root } from 'mdast';
import { readAnnotations, type MdNode } from './annotations.ts';
import { wrapSections } from './outline.ts';
import { DOCUMENT_NUMBER } from '../model/references.ts';
import { isOutsideLink, mdxSafetyProblems, type PositionedNode } from './mdx-safety.ts';

interface PlanFile {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/** Splits text nodes at document numbers, wrapping each number in a `<DocRef>` element. */
function linkNumbers(node: MdNode, plan: string, found: string[]): void {
  if (!node.children || node.type === 'code' || node.type === 'inlineCode') return;
  node.children = node.children.flatMap((child) => {
    if (child.type !== 'text' || typeof child.value !== 'string') {
      linkNumbers(child, plan, found);
      return [child];
    }
    const parts: MdNode[] = [];
    let last = 0;
    for (const match of child.value.matchAll(DOCUMENT_NUMBER)) {
      const at = match.index ?? 0;
      if (at > last) parts.push({ type: 'text', value: child.value.slice(last, at) });
      found.push(match[0]);
      parts.push({
        type: 'mdxJsxTextElement',
        name: 'DocRef',
        attributes: [
          { type: 'mdxJsxAttribute', name: 'number', value: match[0] },
          { type: 'mdxJsxAttribute', name: 'plan', value: plan },
        ],
        children: [{ type: 'text', value: match[0] }],
      });
      last = at + match[0].length;
    }
    if (last === 0) return [child];
    if (last < child.value.length) parts.push({ type: 'text', value: child.value.slice(last) });
    return parts;
  });
}

/** Text and attribute values in Unicode NFC, as the frontmatter is (see source-file.ts). */
function toNfc(node: MdNode): void {
  if (typeof node.value === 'string') node.value = node.value.normalize('NFC');
  for (const attribute of node.attributes ?? []) {
    if (typeof attribute.value === 'string') attribute.value = attribute.value.normalize('NFC');
  }
  for (const child of node.children ?? []) toNfc(child);
}

/** A link to another site is marked as one and gives it neither this page nor its address. */
function markOutsideLinks(node: PositionedNode): void {
  if (node.type === 'link' && isOutsideLink(node.url ?? '')) {
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, rel: 'noopener noreferrer', dataOutside: '' } };
  }
  for (const child of (node.children ?? []) as PositionedNode[]) markOutsideLinks(child);
}

export default function remarkPlan() {
  return (root: Root, file: PlanFile) => {
    const tree = root as unknown as MdNode;
    const where = file.path ?? 'plan';
    const frontmatter = file.data.astro?.frontmatter;
    // Only plans (which name their seed) are content written by many hands; pages are code.
    const isPlan = Boolean(frontmatter && typeof frontmatter.source === 'string');
    if (isPlan) {
      // The safety checks come first: the others walk the tree without a depth limit.
      const unsafe = mdxSafetyProblems(tree);
      if (unsafe.length > 0) throw new Error(`${where}: ${unsafe.join('; ')}`);
      toNfc(tree);
      markOutsideLinks(tree);
    }
    let annotations;
    try {
      annotations = readAnnotations(tree);
    } catch (error) {
      throw new Error(`${where}: ${(error as Error).message}`);
    }
    if (annotations.problems.length > 0) throw new Error(`${where}: ${annotations.problems.join('; ')}`);
    if (!isPlan || !frontmatter) return;
    const planId = where.replace(/^.*\//, '').replace(/\.mdx$/, '');
    const numbers: string[] = [];
    linkNumbers(tree, planId, numbers);
    let outline;
    try {
      outline = wrapSections(tree);
    } catch (error) {
      throw new Error(`${where}: ${(error as Error).message}`);
    }
    frontmatter.tasks = annotations.tasks;
    frontmatter.targets = annotations.targets;
    frontmatter.documentNumbers = [...new Set(numbers)];
    frontmatter.outline = outline;
  };
}
