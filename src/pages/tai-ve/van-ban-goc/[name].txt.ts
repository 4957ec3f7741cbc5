/**
 * The raw text each plan was edited from, as received: GET /tai-ve/van-ban-goc/<source>, one per
 * file the plans' `source` fields name (content/sources/), as plain UTF-8 text.
 */
import type { GetStaticPaths } from 'astro';
import { getLibrary, readSourceText } from '../../../lib/content.ts';

export const getStaticPaths = (async () => {
  const sources = new Set((await getLibrary()).plans.map((plan) => plan.data.source));
  return [...sources].map((source) => ({ params: { name: source.replace(/\.txt$/, '') } }));
}) satisfies GetStaticPaths;

export function GET({ params }: { params: { name: string } }) {
  return new Response(new Uint8Array(readSourceText(`${params.name}.txt`)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
