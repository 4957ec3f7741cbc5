// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkSectionIds from './src/lib/remark-section-ids.ts';
import remarkRecipients from './src/lib/remark-recipients.ts';

export default defineConfig({
  site: 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkGfm, remarkSectionIds, remarkRecipients],
      // GFM comes from remark-gfm above; smart quotes would alter the authors' punctuation.
      gfm: false,
      smartypants: false,
    }),
    shikiConfig: { theme: 'github-light' },
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
