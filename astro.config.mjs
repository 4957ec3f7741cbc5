// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkGfm from 'remark-gfm';
import remarkSectionIds from './src/lib/remark-section-ids.ts';
import openData from './src/integrations/open-data.ts';

export default defineConfig({
  site: 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    remarkPlugins: [remarkGfm, remarkSectionIds],
    shikiConfig: { theme: 'github-light' },
  },
  integrations: [mdx(), openData()],
  devToolbar: { enabled: false },
});
