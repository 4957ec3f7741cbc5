/**
 * Reads a plan's in-place annotations from its Markdown tree: section ids for headings and
 * numbered paragraphs (see section-ids.ts), `<Task>` blocks (fields, lead and supporting
 * agencies, deadline) and inline `<Target>` phrases. Pure: the remark plugin uses it to set the
 * anchors and the tests use it on their own trees. The text itself is never changed.
 */
import { assignSectionIds, type Block } from './section-ids.ts';
import { isValidPartialDate } from '../model/dates.ts';

export interface MdNode {
  type: string;
  name?: string | null;
  depth?: number;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  data?: { hProperties?: Record<string, unknown>; id?: string };
}

/** A task as written in the plan: its anchor, annotations and the words it quotes. */
export interface PlanTask {
  /** Anchor of the task in its plan ("nv-iii-2-1"). */
  id: string;
  /** The fields the task asks work in, main field first. */
  fields: string[];
  /** Fields the task's text names without asking work in them ("bảo đảm quốc phòng, an ninh"). */
  mentions: string[];
  /** Agency ids responsible (chủ trì). */
  lead: string[];
  /** Agency ids coordinating (phối hợp). */
  support: string[];
  /** `YYYY-MM` or `YYYY-MM-DD`, or null when the text gives none. */
  deadline: string | null;
  /** True when the task holds a numbered section of its own (III.2.1, IV.3), not loose paragraphs. */
  numbered: boolean;
  /** The heading the task opens with, if any ("2.1. Chú trọng …"). */
  heading: string | null;
  /** The task's paragraphs and list items, as plain text. */
  paragraphs: string[];
}

/** A quantitative target phrase marked in the text. */
export interface PlanTarget {
  id: string;
  /** The year the text sets; null when it gives none. */
  horizon: '2030' | '2045' | null;
  value: string;
  unit: string;
  /** atLeast: "ít nhất", "từ … trở lên" (≥); moreThan: "trên", "hơn" (>). */
  comparison: 'atLeast' | 'moreThan' | 'exactly' | 'range' | 'rank';
  measure: string;
  /** The phrase as written ("trên 60%"). */
  phrase: string;
  /** The sentence-level context: the whole paragraph or list item holding it. */
  context: string;
}

export interface Annotations {
  tasks: PlanTask[];
  targets: PlanTarget[];
  problems: string[];
}

export function plainText(node: MdNode): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(plainText).join('');
}

function attribute(node: MdNode, name: string): string | undefined {
  const found = node.attributes?.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

function setAttribute(node: MdNode, name: string, value: string): void {
  node.attributes = [...(node.attributes ?? []).filter((attr) => attr.name !== name), { type: 'mdxJsxAttribute', name, value }];
}

const words = (value: string | undefined) => (value ?? '').split(/\s+/).filter(Boolean);
const isTask = (node: MdNode) => node.type === 'mdxJsxFlowElement' && node.name === 'Task';

/** Text blocks of a task: each paragraph, and each list item of a list. */
function blockTexts(node: MdNode): string[] {
  if (node.type === 'paragraph') return [plainText(node).trim()];
  if (node.type === 'list') return (node.children ?? []).map((item) => plainText(item).trim());
  return [];
}

/**
 * Walks the plan: gives headings and numbered paragraphs their ids (writing them into the tree),
 * gives each Task and Target its id (as an `id` attribute), and returns what they say.
 */
export function readAnnotations(tree: MdNode): Annotations {
  const problems: string[] = [];
  // Headings and paragraphs at the top level or directly inside a Task, in reading order.
  const entries: { node: MdNode; task: MdNode | null }[] = [];
  for (const node of tree.children ?? []) {
    if (isTask(node)) {
      for (const child of node.children ?? []) {
        if (isTask(child)) problems.push('a <Task> may not contain another <Task>');
        if (child.type === 'heading' || child.type === 'paragraph') entries.push({ node: child, task: node });
      }
      entries.push({ node, task: node });
    } else if (node.type === 'heading' || node.type === 'paragraph') {
      entries.push({ node, task: null });
    }
  }
  const blocks: Block[] = entries
    .filter((entry) => entry.node.type !== 'mdxJsxFlowElement')
    .map(({ node }) => ({ kind: node.type === 'heading' ? 'heading' : 'paragraph', depth: node.depth ?? 0, text: plainText(node) }));
  const ids = assignSectionIds(blocks);

  const tasks: PlanTask[] = [];
  let blockIndex = 0;
  let lastSection = 'muc';
  const unnumberedCount = new Map<string, number>();
  const firstIdInTask = new Map<MdNode, string>();
  for (const { node, task } of entries) {
    if (node.type === 'mdxJsxFlowElement') {
      // The Task itself comes after its children: everything it holds has an id by now.
      const numberedBase = firstIdInTask.get(node);
      let base = numberedBase;
      if (!base) {
        const count = (unnumberedCount.get(lastSection) ?? 0) + 1;
        unnumberedCount.set(lastSection, count);
        // "doan" (đoạn): an unnumbered task cannot clash with a numbered section such as 3.1.
        base = `${lastSection}-doan-${count}`;
      }
      const task = readTask(node, `nv-${base}`, numberedBase !== undefined, problems);
      if (tasks.some((earlier) => earlier.id === task.id)) problems.push(`task ${task.id}: two tasks start at the same section; split them at numbered blocks`);
      tasks.push(task);
      continue;
    }
    const id = ids[blockIndex++];
    if (!id) continue;
    node.data = { ...node.data, id, hProperties: { ...node.data?.hProperties, id } };
    lastSection = id;
    if (task && !firstIdInTask.has(task)) firstIdInTask.set(task, id);
  }

  return { tasks, targets: readTargets(tree, problems), problems };
}

function readTask(node: MdNode, id: string, numbered: boolean, problems: string[]): PlanTask {
  setAttribute(node, 'id', id);
  const deadline = attribute(node, 'deadline') ?? null;
  const fields = words(attribute(node, 'fields'));
  const mentions = words(attribute(node, 'mentions'));
  if (fields.length === 0) problems.push(`task ${id}: fields: a task needs at least one field`);
  for (const field of mentions.filter((mention) => fields.includes(mention))) {
    problems.push(`task ${id}: mentions: "${field}" is also in fields; a field is either asked for or only mentioned`);
  }
  if (deadline !== null && (!/^\d{4}-\d{2}(-\d{2})?$/.test(deadline) || !isValidPartialDate(deadline))) {
    problems.push(`task ${id}: deadline: "${deadline}" is not a real YYYY-MM or YYYY-MM-DD date`);
  }
  const children = node.children ?? [];
  const headingNode = children.find((child) => child.type === 'heading');
  const paragraphs = children.flatMap(blockTexts).filter(Boolean);
  if (!headingNode && paragraphs.length === 0) problems.push(`task ${id}: the task holds no text`);
  return {
    id,
    fields,
    mentions,
    lead: words(attribute(node, 'lead')),
    support: words(attribute(node, 'support')),
    deadline,
    numbered,
    heading: headingNode ? plainText(headingNode).trim() : null,
    paragraphs,
  };
}

const HORIZONS = new Set(['2030', '2045']);
const COMPARISONS = new Set(['atLeast', 'moreThan', 'exactly', 'range', 'rank']);

function readTargets(tree: MdNode, problems: string[]): PlanTarget[] {
  const targets: PlanTarget[] = [];
  const visit = (node: MdNode, context: MdNode | null) => {
    const block = node.type === 'paragraph' || node.type === 'listItem' ? node : context;
    if (node.type === 'mdxJsxTextElement' && node.name === 'Target') {
      // No horizon attribute: the text gives no year, and none is invented.
      const horizon = attribute(node, 'horizon') ?? null;
      const comparison = attribute(node, 'comparison') ?? 'exactly';
      const id = `ct-${horizon ?? 'khong-ghi-nam'}-${targets.filter((t) => t.horizon === horizon).length + 1}`;
      setAttribute(node, 'id', id);
      if (horizon !== null && !HORIZONS.has(horizon)) problems.push(`target "${plainText(node)}": horizon: must be "2030" or "2045", or left out when the text gives no year`);
      if (!COMPARISONS.has(comparison)) problems.push(`target "${plainText(node)}": comparison: must be atLeast, moreThan, exactly, range or rank`);
      for (const name of ['value', 'unit', 'measure']) {
        if (!attribute(node, name)) problems.push(`target "${plainText(node)}": ${name}: missing`);
      }
      targets.push({
        id,
        horizon: horizon as PlanTarget['horizon'],
        value: attribute(node, 'value') ?? '',
        unit: attribute(node, 'unit') ?? '',
        comparison: comparison as PlanTarget['comparison'],
        measure: attribute(node, 'measure') ?? '',
        phrase: plainText(node),
        context: block ? plainText(block).trim() : plainText(node),
      });
    }
    for (const child of node.children ?? []) visit(child, block);
  };
  visit(tree, null);
  return targets;
}
