import type { Root } from 'mdast';
import { routesFor } from '../model/routes.ts';

/**
 * Remark plugin: a link or image that a text writes as a root path of the site ("/van-ban/x/",
 * an image under public/, the only images mdx-safety.ts allows) is put under the base, as the
 * pages' own links are by routes.ts. astro.config.mjs passes the base: this module is loaded
 * with the config, where import.meta.env does not hold it.
 */
interface MdNode {
  type: string;
  url?: string;
  children?: MdNode[];
}

const HAS_URL = new Set(['link', 'image', 'definition']);

export default function remarkSitePaths({ base }: { base: string }) {
  const { pathWithBase } = routesFor(base);
  const visit = (node: MdNode) => {
    if (HAS_URL.has(node.type) && node.url?.startsWith('/') && !node.url.startsWith('//')) node.url = pathWithBase(node.url);
    for (const child of node.children ?? []) visit(child);
  };
  return (root: Root) => visit(root as unknown as MdNode);
}
