/**
 * A plan's compiled Markdown tree outside Astro's renderer, for the files made from its text (the
 * Word file): its MDX file parsed as the build parses it (frontmatter blanked in place, as
 * @astrojs/mdx does, so lines keep their numbers; MDX; GFM) and run through the plan plugins
 * astro.config.mjs gives the build, so that headings, section ids, tasks and the "Nơi nhận" list
 * are the ones the page shows. The MDX file stays the one source of the text.
 */
import type { Root } from 'mdast';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkPlan from './remark-plan.ts';
import remarkRecipients from './remark-recipients.ts';
import remarkSitePaths from './remark-site-paths.ts';
import type { MdNode } from './annotations.ts';
import type { Translate } from '../../i18n/t.ts';

/**
 * The tree of the plan written in `file` (content/plans/<id>.mdx), whose text is `source`, for a
 * site under `base`. Bad annotations throw as they fail the build.
 */
export function compilePlanTree(source: string, file: string, base: string, t: Translate): MdNode {
  const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(content) as Root;
  const planFile = { path: file, data: { astro: { frontmatter } } };
  remarkPlan()(tree, planFile);
  remarkRecipients({ t })(tree, planFile);
  remarkSitePaths({ base })(tree);
  return tree as unknown as MdNode;
}
