// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkPlan from './src/lib/remark-plan.ts';
import remarkRecipients from './src/lib/remark-recipients.ts';
import pagefind from './src/integrations/pagefind.ts';
import offlineCopy from './src/integrations/offline-copy.ts';

export default defineConfig({
  site: 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The bad-input tests build broken fixtures into scratch folders, never over dist/.
  outDir: process.env.NQ36_OUT_DIR ?? './dist',
  cacheDir: process.env.NQ36_CACHE_DIR ?? './node_modules/.astro',
  markdown: {
    processor: unified({
      remarkPlugins: [remarkGfm, remarkPlan, remarkRecipients],
      // GFM comes from remark-gfm above; smart quotes would alter the authors' punctuation.
      gfm: false,
      smartypants: false,
    }),
    shikiConfig: { theme: 'github-light' },
  },
  // Order matters: the offline copy is made from the pages as built, before the index.
  integrations: [mdx(), offlineCopy(), pagefind()],
  devToolbar: { enabled: false },
});
