/** Remark plugin: gives each heading and numbered paragraph of a plan its stable section id. */
import { assignSectionIds, type Block } from './section-ids.ts';

interface MdNode {
  type: string;
  depth?: number;
  value?: string;
  children?: MdNode[];
  data?: { hProperties?: Record<string, unknown>; id?: string };
}

function plainText(node: MdNode): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(plainText).join('');
}

export default function remarkSectionIds() {
  return (tree: MdNode, file: { path?: string }) => {
    const nodes = (tree.children ?? []).filter((node) => node.type === 'heading' || node.type === 'paragraph');
    const blocks: Block[] = nodes.map((node) => ({
      kind: node.type === 'heading' ? 'heading' : 'paragraph',
      depth: node.depth ?? 0,
      text: plainText(node),
    }));
    let ids: (string | null)[];
    try {
      ids = assignSectionIds(blocks);
    } catch (error) {
      throw new Error(`${file.path ?? 'plan'}: ${(error as Error).message}`);
    }
    nodes.forEach((node, index) => {
      const id = ids[index];
      if (!id) return;
      node.data = { ...node.data, id, hProperties: { ...node.data?.hProperties, id } };
    });
  };
}
