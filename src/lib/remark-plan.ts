/**
 * Remark plugin for plans: anchors every section, task and target (see annotations.ts), links
 * every document number in the text through `<DocRef>`, and hands the tasks, targets and numbers
 * to the page through the entry's remark frontmatter. Bad annotations fail the build, naming the
 * file and the task.
 */
import type { Root } from 'mdast';
import { readAnnotations, type MdNode } from './annotations.ts';
import { DOCUMENT_NUMBER } from './references.ts';
import { mdxSafetyProblems } from './mdx-safety.ts';

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

export default function remarkPlan() {
  return (root: Root, file: PlanFile) => {
    const tree = root as unknown as MdNode;
    const where = file.path ?? 'plan';
    const frontmatter = file.data.astro?.frontmatter;
    // Only plans (which name their seed) are content written by many hands; pages are code.
    const isPlan = Boolean(frontmatter && typeof frontmatter.source === 'string');
    if (isPlan) {
      const unsafe = mdxSafetyProblems(tree);
      if (unsafe.length > 0) throw new Error(`${where}: ${unsafe.join('; ')}`);
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
    frontmatter.tasks = annotations.tasks;
    frontmatter.targets = annotations.targets;
    frontmatter.documentNumbers = [...new Set(numbers)];
  };
}
