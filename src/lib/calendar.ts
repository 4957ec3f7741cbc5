/**
 * The deadlines as an iCalendar file (RFC 5545): one all-day event per task, on the day the
 * text gives or, for "xong trong tháng 4/2024", on the last day of that month.
 */
import type { Library, Task } from './library.ts';
import { lastDayOf } from './dates.ts';

/** The day a deadline falls due, as YYYYMMDD. */
export function dueDay(deadline: string): string {
  return lastDayOf(deadline).replaceAll('-', '');
}

function nextDay(yyyymmdd: string): string {
  const date = new Date(Date.UTC(Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)) - 1, Number(yyyymmdd.slice(6)) + 1));
  return date.toISOString().slice(0, 10).replaceAll('-', '');
}

function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets, as the format requires, without splitting a character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (encoder.encode(current + char).length > limit) {
      parts.push(current);
      current = char;
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function event(library: Library, task: Task): string[] {
  const plan = library.node(task.plan)!;
  const day = dueDay(task.deadline!);
  const who = task.lead.map((id) => library.agencyName(id) ?? id).join('; ');
  const text = [task.heading, ...task.paragraphs].filter(Boolean).join('\n');
  return [
    'BEGIN:VEVENT',
    `UID:${task.key.replace('#', '.')}@nq36`,
    `DTSTAMP:${day}T000000Z`,
    `DTSTART;VALUE=DATE:${day}`,
    `DTEND;VALUE=DATE:${nextDay(day)}`,
    `SUMMARY:${escapeText(`${who ? `${who}: ` : ''}${library.shortName(plan)}`)}`,
    `DESCRIPTION:${escapeText(`${text}\n\n${task.url}`)}`,
    'END:VEVENT',
  ];
}

export function deadlinesCalendar(library: Library): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//nq36//Thoi han thuc hien Nghi quyet 36-NQ/TW//VI',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText('Thời hạn thực hiện Nghị quyết 36-NQ/TW')}`,
    ...library.deadlines().flatMap((task) => event(library, task)),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
