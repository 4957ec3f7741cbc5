/**
 * A plan's compiled Markdown tree outside Astro's renderer, for the files made from its text (the
 * Word file): its MDX file parsed as the build parses it (frontmatter blanked in place, as
 * @astrojs/mdx does, so lines keep their numbers; MDX; GFM) and run through the plan plugins
 * astro.config.mjs gives the build, so that headings, section ids, tasks and the "Nơi nhận" list
 * are the ones the page shows. The MDX file stays the one source of the text.
 */
import { parseFrontmatter, type RemarkPlugins } from '@astrojs/markdown-remark';
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkPlan from './remark-plan.ts';
import remarkRecipients from './remark-recipients.ts';
import remarkSitePaths from './remark-site-paths.ts';
import type { MdNode } from './annotations.ts';
import type { Translate } from '../../i18n/t.ts';

/** The remark plugins a plan is compiled with, by the build (astro.config.mjs) and for its Word file alike. */
export function planRemarkPlugins(base: string, t: Translate): RemarkPlugins {
  return [remarkGfm, remarkPlan, [remarkRecipients, { t }], [remarkSitePaths, { base }]];
}

/**
 * The tree of the plan written in `file` (content/plans/<id>.mdx), whose text is `source`, for a
 * site under `base`. Bad annotations throw as they fail the build.
 */
export function compilePlanTree(source: string, file: string, base: string, t: Translate): MdNode {
  const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
  // Astro's list type also admits plugins by name; this list has none, so unified takes it as it is.
  const processor = unified().use(remarkParse).use(remarkMdx).use(planRemarkPlugins(base, t) as PluggableList);
  return processor.runSync(processor.parse(content), { path: file, value: content, data: { astro: { frontmatter } } }) as unknown as MdNode;
}
