/** Open data: GET /data/plans.json, tasks.json, agencies.json, targets.json, documents.json. */
import type { GetStaticPaths } from 'astro';
import { getLibrary } from '../../lib/content.ts';
import { OPEN_DATA } from '../../lib/formats/open-data.ts';

export const getStaticPaths = (() => Object.keys(OPEN_DATA).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export async function GET({ params }: { params: { name: keyof typeof OPEN_DATA } }) {
  const data = OPEN_DATA[params.name](await getLibrary());
  return new Response(JSON.stringify(data, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
