/** Open data: one object per plan held, with its links (GET /data/plans.json). */
import { getLibrary } from '../../lib/content.ts';
import { plansAsOpenData } from '../../lib/open-data.ts';

export async function GET() {
  return new Response(JSON.stringify(plansAsOpenData(await getLibrary()), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
