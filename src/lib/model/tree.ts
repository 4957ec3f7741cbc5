/** The hierarchy as a tree from a root document down, for the overview on the home page. */
import { LEVELS, compareDates, type Library, type LibraryNode } from './library.ts';

/** Resolution 36-NQ/TW, which the library's plans carry out: the top of the hierarchy. */
export const RESOLUTION_ID = '36-nq-tw';

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
      // Central documents first, then provinces, districts, communes; earlier before later.
      .sort((a, b) => LEVELS.indexOf(a.node.level) - LEVELS.indexOf(b.node.level) || compareDates(a.node.issued, b.node.issued))
      .map((link) => {
        seen.add(link.node.id);
        return { node: link.node, inferred: link.inferred, grounds: link.grounds, children: [] as TreeNode[] };
      })
      .map((child) => ({ ...child, children: grow(child.node.id) }));
  return { node: root, inferred: false, grounds: null, children: grow(rootId) };
}

/** Documents not reached from `rootId` (cited in passing), each as its own small tree. */
export function outsideTree(library: Library, rootId: string): TreeNode[] {
  const inside = new Set<string>();
  const collect = (tree: TreeNode) => {
    inside.add(tree.node.id);
    tree.children.forEach(collect);
  };
  const root = implementationTree(library, rootId);
  if (root) collect(root);
  return [...library.documents.map((doc) => doc.id), ...library.plans.map((plan) => plan.id)]
    .filter((id) => !inside.has(id) && library.parents(id).length === 0)
    .map((id) => implementationTree(library, id)!)
    .filter(Boolean);
}
