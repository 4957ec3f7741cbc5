/**
 * MDX is code; a plan must not be. A plan may use only the project's own components with plain
 * quoted attributes, Markdown, and literal values: no import or export, no JavaScript expression,
 * no raw <script> or <iframe>, no on* attribute, no link but http, https and mailto, no image from
 * outside the site, no structure nested past a sane depth. Every decision is taken on the parsed
 * tree (MDX's own estree for expressions, the WHATWG URL parser for links), never on source text.
 * Each problem names its line.
 */
import type { MdNode } from './annotations.ts';
import { plainText } from './annotations.ts';

/** The components a plan may use (see src/components/PlanContent.astro). */
const PLAN_COMPONENTS = new Set(['DocumentHead', 'DocumentTitle', 'Recipients', 'Signature', 'Task', 'Target']);

/** The attributes each component accepts; the others take none. */
const ATTRIBUTES: Record<string, Set<string>> = {
  Task: new Set(['fields', 'mentions', 'lead', 'support', 'deadline']),
  Target: new Set(['horizon', 'value', 'unit', 'comparison', 'measure']),
};

/** Lists and quotes nest a few levels in any real plan; thousands crash the compiler. */
export const MAX_NESTING = 8;
const NESTING = new Set(['list', 'blockquote', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'emphasis', 'strong', 'delete', 'link']);

/** Links a reader may follow; anything else (javascript:, data:, vbscript:, file: …) is refused. */
const LINK_SCHEMES = new Set(['https:', 'http:', 'mailto:']);
/** Relative addresses are resolved against this stand-in for the site itself. */
const SITE = new URL('https://site.invalid/');

interface EstreeNode {
  type: string;
  body?: EstreeNode[];
  expression?: EstreeNode;
  value?: unknown;
  regex?: unknown;
  bigint?: unknown;
}

export interface PositionedNode extends MdNode {
  position?: { start: { line: number } };
  url?: string;
  identifier?: string;
  data?: MdNode['data'] & { estree?: EstreeNode };
}

/** True for `{}`, `{/* a comment *\/}` and a single string, number, boolean or null literal. */
function isHarmlessExpression(estree: EstreeNode | undefined): boolean {
  if (!estree || estree.type !== 'Program' || !estree.body) return false;
  if (estree.body.length === 0) return true;
  if (estree.body.length > 1) return false;
  const [statement] = estree.body;
  const literal = statement.type === 'ExpressionStatement' ? statement.expression : undefined;
  return (
    literal?.type === 'Literal' &&
    literal.regex === undefined &&
    literal.bigint === undefined &&
    (literal.value === null || ['string', 'number', 'boolean'].includes(typeof literal.value))
  );
}

/** The address a browser would request, as the browser would parse it; null if it cannot. */
function resolveUrl(url: string): URL | null {
  try {
    return new URL(url, SITE);
  } catch {
    return null;
  }
}

/** A link leaves the site when it names another host (after the browser's own parsing). */
export function isOutsideLink(url: string): boolean {
  const resolved = resolveUrl(url);
  return resolved !== null && resolved.protocol !== 'mailto:' && resolved.origin !== SITE.origin;
}

function linkProblem(url: string): string | null {
  const resolved = resolveUrl(url);
  if (!resolved) return `link "${url.slice(0, 60)}" is not a valid address`;
  if (!LINK_SCHEMES.has(resolved.protocol)) return `${resolved.protocol} links are not allowed; use https:, http: or mailto:`;
  return null;
}

function imageProblem(url: string): string | null {
  const resolved = resolveUrl(url);
  // Only root paths into the site's own public/ folder: a relative path would be imported by
  // the build, and an outside address would be requested by every reader.
  if (!resolved || resolved.origin !== SITE.origin || !url.trim().startsWith('/')) {
    return `image "${url.slice(0, 60)}" is not on this site; a plan may show only images under public/, written as /path`;
  }
  return null;
}

export function mdxSafetyProblems(tree: MdNode): string[] {
  const problems: string[] = [];
  const at = (node: PositionedNode) => (node.position ? `line ${node.position.start.line}: ` : '');
  // One iterative walk, so that a hostile depth cannot overflow it before it is measured: the
  // nodes within the limit, in reading order, and the definitions image references point to.
  const nodes: PositionedNode[] = [];
  const stack: { node: PositionedNode; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_NESTING) {
      problems.push(`${at(node)}lists, quotes or components are nested ${depth} deep; a plan may nest at most ${MAX_NESTING}`);
      continue;
    }
    nodes.push(node);
    const childDepth = depth + (NESTING.has(node.type) ? 1 : 0);
    for (const child of [...((node.children ?? []) as PositionedNode[])].reverse()) stack.push({ node: child, depth: childDepth });
  }
  const definitions = new Map(nodes.filter((node) => node.type === 'definition' && node.identifier).map((node) => [node.identifier!, node.url ?? '']));

  const check = (node: PositionedNode) => {
    const problem = (message: string) => problems.push(`${at(node)}${message}`);
    switch (node.type) {
      case 'mdxjsEsm':
        problem('import and export are not allowed in a plan');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isHarmlessExpression(node.data?.estree)) {
          problem(`JavaScript expression {${(node.value ?? '').trim().slice(0, 40)}} is not allowed; write the text itself`);
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!PLAN_COMPONENTS.has(name)) {
          problem(`<${name || '>'}${name ? '>' : ''} is not allowed; a plan may use only ${[...PLAN_COMPONENTS].join(', ')}`);
          break;
        }
        for (const attribute of node.attributes ?? []) {
          const attributeName = attribute.name ?? '';
          if (attribute.type !== 'mdxJsxAttribute') problem(`<${name}>: spread attributes are not allowed`);
          else if (/^on/i.test(attributeName)) problem(`<${name}>: event attribute "${attributeName}" is not allowed`);
          else if (!ATTRIBUTES[name]?.has(attributeName)) problem(`<${name}>: attribute "${attributeName}" is not allowed`);
          else if (typeof attribute.value !== 'string') problem(`<${name}>: ${attributeName} must be a plain "quoted" value`);
        }
        break;
      }
      case 'link':
      case 'definition': {
        const message = linkProblem(node.url ?? '');
        if (message) problem(message);
        break;
      }
      case 'image': {
        const message = imageProblem(node.url ?? '');
        if (message) problem(message);
        break;
      }
      case 'imageReference': {
        const url = definitions.get(node.identifier ?? '');
        const message = url === undefined ? null : imageProblem(url);
        if (message) problem(message);
        break;
      }
      case 'heading':
        if (!plainText(node).trim()) problem('a heading without text');
        break;
      case 'html':
        problem('raw HTML is not allowed');
        break;
    }
  };

  for (const node of nodes) check(node);
  return problems;
}
