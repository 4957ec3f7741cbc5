/** A plan as a Word file: GET /tai-ve/<plan>.docx, made from its text (src/lib/formats/docx.ts). */
import type { GetStaticPaths } from 'astro';
import { getLibrary } from '../../lib/content.ts';
import { WORD_MEDIA_TYPE, wordFileOf } from '../../lib/downloads.ts';

export const getStaticPaths = (async () => (await getLibrary()).plans.map((plan) => ({ params: { id: plan.id } }))) satisfies GetStaticPaths;

export async function GET({ params }: { params: { id: string } }) {
  return new Response(await wordFileOf(params.id), { headers: { 'Content-Type': WORD_MEDIA_TYPE } });
}
