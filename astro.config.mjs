// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { planRemarkPlugins } from './src/lib/compile/plan-tree.ts';
import pagefind from './src/integrations/pagefind.ts';
import offline from './src/integrations/offline.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import buildStats from './src/integrations/build-stats.ts';
import { t } from './src/i18n/t.ts';

// One option moves the whole site under a sub-path of its host, e.g. NQ36_BASE=/nq36/: every link
// is written under it when the page is rendered (src/lib/model/routes.ts).
const base = process.env.NQ36_BASE ?? '/';
// The public origin the site is served from, e.g. NQ36_SITE=https://nq36.example.gov.vn: printed
// handouts write their addresses whole on it, with a QR code. Unset, it is the local preview's.
const site = process.env.NQ36_SITE ?? 'http://127.0.0.1:4321';
if (new URL(site).pathname !== '/') {
  throw new Error(`NQ36_SITE is an origin without a path (${site}); a sub-path goes in NQ36_BASE.`);
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Two routes writing one address is a broken site, not a warning (integrity.ts names the entries).
  prerenderConflictBehavior: 'error',
  // Styles and scripts as files, never inline: the Content Security Policy allows only 'self'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  // The bad-input tests build broken fixtures into scratch folders, never over dist/.
  outDir: process.env.NQ36_OUT_DIR ?? './dist',
  cacheDir: process.env.NQ36_CACHE_DIR ?? './node_modules/.astro',
  markdown: {
    processor: unified({
      remarkPlugins: planRemarkPlugins(base, t),
      // GFM comes from remark-gfm above; smart quotes would alter the authors' punctuation.
      gfm: false,
      smartypants: false,
    }),
    shikiConfig: { theme: 'github-light' },
  },
  // Order matters: the portable copies and save lists are made from the pages as built, before Pagefind adds its
  // index (useless from file://); the service worker comes last, over the final files.
  integrations: [mdx(), offline(), pagefind(), serviceWorker(), buildStats()],
  devToolbar: { enabled: false },
});
