/**
 * The deadlines as an iCalendar file (RFC 5545): one all-day event per task, on the day the
 * text gives or, for "xong trong tháng 4/2024", on the last day of that month.
 */
import ical from 'ical-generator';
import type { Library } from '../model/library.ts';
import { lastDayOf } from '../model/dates.ts';
import type { Translate } from '../../i18n/t.ts';

/** The day a deadline falls due, as YYYYMMDD. */
export function dueDay(deadline: string): string {
  return lastDayOf(deadline).replaceAll('-', '');
}

/** Midnight UTC of a YYYYMMDD day, `plus` days on. */
function utcDay(yyyymmdd: string, plus = 0): Date {
  return new Date(Date.UTC(Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)) - 1, Number(yyyymmdd.slice(6)) + plus));
}

/**
 * ical-generator escapes CR, LF and CRLF in text, but passes the other Unicode line breaks
 * (vertical tab, form feed, NEL, U+2028, U+2029) through raw, and readers that split lines on
 * them would see a new property. They are line breaks to a reader too, so they become LF.
 */
function oneKindOfLineBreak(text: string): string {
  return text.replace(/\r\n|[\n\v\f\r\u0085\u2028\u2029]/g, '\n');
}

export function deadlinesCalendar(library: Library, t: Translate): string {
  const calendar = ical({
    prodId: { company: 'nq36', product: 'Thoi han thuc hien Nghi quyet 36-NQ/TW', language: 'VI' },
    scale: 'GREGORIAN',
    name: t('deadlines.calendarName'),
  });
  for (const task of library.deadlines()) {
    const plan = library.node(task.plan)!;
    const day = dueDay(task.deadline!);
    const who = task.lead.map((id) => library.agencyName(id) ?? id).join('; ');
    const text = [task.heading, ...task.paragraphs].filter(Boolean).join('\n');
    calendar.createEvent({
      id: `${task.key.replace('#', '.')}@nq36`,
      stamp: utcDay(day),
      allDay: true,
      start: utcDay(day),
      end: utcDay(day, 1),
      summary: oneKindOfLineBreak(`${who ? `${who}: ` : ''}${library.shortName(plan)}`),
      description: oneKindOfLineBreak(`${text}\n\n${task.url}`),
    });
  }
  // The library leaves the CRLF off the last line; RFC 5545 ends every content line with one.
  return `${calendar.toString()}\r\n`;
}
