/**
 * The offline copy's search records (GET /chi-muc-ngoai-tuyen.json), made from the library
 * and the plans' outlines. The offline-copy step reads this file, indexes it into the copy, and
 * removes it from the site: no reader downloads it.
 */
import { getLibrary } from '../lib/content.ts';
import { offlineRecords } from '../lib/search/offline-index.ts';
import { t } from '../i18n/t.ts';

export async function GET() {
  return new Response(JSON.stringify(offlineRecords(await getLibrary(), t)), { headers: { 'Content-Type': 'application/json' } });
}
