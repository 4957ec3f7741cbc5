/**
 * Builds the Pagefind search index when Astro has written the site, through Pagefind's Node API.
 * Pages are indexed with đ encoded (see src/lib/search/text.ts) so that "dau tu" finds "đầu tư",
 * and with the other forms of the names they write (components/SearchRecord.astro) so that "ubnd"
 * finds "Ủy ban nhân dân". The list of those forms (content/search/synonyms.json) is checked
 * first. A failure fails the build: a site whose search is silently missing must not ship.
 */
import type { AstroIntegration } from 'astro';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { encodeForIndex } from '../lib/search/text.ts';
import { synonymsSchema } from '../schemas/synonyms.ts';
import { schemaIssueProblems } from '../lib/compile/source-file.ts';
import synonyms from '../../content/search/synonyms.json' with { type: 'json' };
import { filesUnder } from './files-under.ts';

const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Whether a page marks text to index (data-pagefind-body): plans and cited documents do. */
const isIndexed = (html: string) => html.includes('data-pagefind-body');

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'nq36-pagefind',
    hooks: {
      // Before any page: the search's list of synonyms is read by every page's script.
      'astro:build:start': () => {
        const checked = synonymsSchema.safeParse(synonyms);
        if (!checked.success) {
          throw new Error(schemaIssueProblems(checked.error.issues).map((problem) => `content/search/synonyms.json: ${problem}`).join('\n'));
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          let pages = 0;
          for (const file of (await filesUnder(outDir)).filter((path) => path.endsWith('.html'))) {
            const html = await readFile(join(outDir, file), 'utf8');
            // Only pages that mark what to index (data-pagefind-body): plans and cited documents.
            if (!isIndexed(html)) continue;
            const url = `/${file}`.replace(/index\.html$/, '');
            const added = await index.addHTMLFile({ url, content: encodeForIndex(html) });
            if (added.errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
            pages += 1;
          }
          const outputPath = join(outDir, 'pagefind');
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          // Pagefind also writes its ready-made interfaces; the site has its own, so they would
          // only weigh down what the service worker keeps.
          await Promise.all(UNUSED_UI_FILES.map((name) => rm(join(outputPath, name), { force: true })));
          logger.info(`indexed ${pages} pages for search`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
