/** The deadlines as an iCalendar file (GET /thoi-han.ics). */
import { getLibrary } from '../lib/content.ts';
import { deadlinesCalendar } from '../lib/formats/calendar.ts';
import { t } from '../i18n/t.ts';

export async function GET() {
  return new Response(deadlinesCalendar(await getLibrary(), t), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
