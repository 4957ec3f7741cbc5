/**
 * What the offline steps of the build need from the library (GET /chi-muc-ngoai-tuyen.json): the
 * search records made from the plans' outlines, and every set a reader can save or take away
 * (offline-sets.ts). integrations/offline.ts reads this file and removes it from the site: no
 * reader downloads it.
 */
import { getLibrary } from '../lib/content.ts';
import { offlineRecords } from '../lib/search/offline-index.ts';
import { offlineSets } from '../lib/model/offline-sets.ts';
import { t } from '../i18n/t.ts';

export async function GET() {
  const library = await getLibrary();
  return new Response(JSON.stringify({ records: offlineRecords(library, t), sets: offlineSets(library) }), { headers: { 'Content-Type': 'application/json' } });
}
