/**
 * MDX is code; a plan must not be. A plan may use only the project's own components with plain
 * quoted attributes, Markdown, and literal values: no import or export, no JavaScript expression,
 * no raw <script> or <iframe>, no on* attribute, no javascript: link. Each problem names its line.
 */
import type { MdNode } from './annotations.ts';
import { plainText } from './annotations.ts';

/** The components a plan may use (see src/components/PlanContent.astro). */
const PLAN_COMPONENTS = new Set(['DocumentHead', 'DocumentTitle', 'Recipients', 'Signature', 'Task', 'Target']);

/** The attributes each component accepts; the others take none. */
const ATTRIBUTES: Record<string, Set<string>> = {
  Task: new Set(['fields', 'lead', 'support', 'deadline']),
  Target: new Set(['horizon', 'value', 'unit', 'comparison', 'measure']),
};

const LITERAL = /^\s*(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|-?\d+(?:\.\d+)?|true|false|null)\s*$/;
const COMMENT_ONLY = /^\s*(?:\/\*[\s\S]*?\*\/\s*)*$/;

interface PositionedNode extends MdNode {
  position?: { start: { line: number } };
  url?: string;
}

export function mdxSafetyProblems(tree: MdNode): string[] {
  const problems: string[] = [];
  const at = (node: PositionedNode) => (node.position ? `line ${node.position.start.line}: ` : '');
  const visit = (node: PositionedNode) => {
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push(`${at(node)}import and export are not allowed in a plan`);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!LITERAL.test(node.value ?? '') && !COMMENT_ONLY.test(node.value ?? '')) {
          problems.push(`${at(node)}JavaScript expression {${(node.value ?? '').trim().slice(0, 40)}} is not allowed; write the text itself`);
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!PLAN_COMPONENTS.has(name)) {
          problems.push(`${at(node)}<${name || '>'}${name ? '>' : ''} is not allowed; a plan may use only ${[...PLAN_COMPONENTS].join(', ')}`);
          break;
        }
        for (const attribute of node.attributes ?? []) {
          const attributeName = attribute.name ?? '';
          if (attribute.type !== 'mdxJsxAttribute') problems.push(`${at(node)}<${name}>: spread attributes are not allowed`);
          else if (/^on/i.test(attributeName)) problems.push(`${at(node)}<${name}>: event attribute "${attributeName}" is not allowed`);
          else if (!ATTRIBUTES[name]?.has(attributeName)) problems.push(`${at(node)}<${name}>: attribute "${attributeName}" is not allowed`);
          else if (typeof attribute.value !== 'string') problems.push(`${at(node)}<${name}>: ${attributeName} must be a plain "quoted" value`);
          else if (/^\s*javascript:/i.test(attribute.value)) problems.push(`${at(node)}<${name}>: javascript: is not allowed`);
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
        if (/^\s*javascript:/i.test(node.url ?? '')) problems.push(`${at(node)}javascript: links are not allowed`);
        break;
      case 'heading':
        if (!plainText(node).trim()) problems.push(`${at(node)}a heading without text`);
        break;
      case 'html':
        problems.push(`${at(node)}raw HTML is not allowed`);
        break;
    }
    for (const child of (node.children ?? []) as PositionedNode[]) visit(child);
  };
  visit(tree);
  return problems;
}
