/** The hierarchy as a tree from a root document down, for the overview on the home page. */
import type { Library, LibraryNode } from './library.ts';

export interface TreeNode {
  node: LibraryNode;
  /** True when the link from the parent to this node is inferred. */
  inferred: boolean;
  grounds: string | null;
  children: TreeNode[];
}

/** Every node that carries out `rootId`, recursively; each node appears once. */
export function implementationTree(library: Library, rootId: string): TreeNode | null {
  const root = library.node(rootId);
  if (!root) return null;
  const seen = new Set<string>([rootId]);
  const grow = (id: string): TreeNode[] =>
    library
      .implementers(id)
      .filter((link) => !seen.has(link.node.id))
      .map((link) => {
        seen.add(link.node.id);
        return { node: link.node, inferred: link.inferred, grounds: link.grounds, children: [] as TreeNode[] };
      })
      .map((child) => ({ ...child, children: grow(child.node.id) }));
  return { node: root, inferred: false, grounds: null, children: grow(rootId) };
}
