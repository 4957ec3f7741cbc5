/** Open data: the tasks as CSV that opens in Excel with Vietnamese intact (GET /data/tasks.csv). */
import { getLibrary } from '../../lib/content.ts';
import { tasksCsv } from '../../lib/formats/open-data.ts';

export async function GET() {
  return new Response(tasksCsv(await getLibrary()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
