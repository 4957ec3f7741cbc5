/** Dates as precise as a text gives them: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
import type { Translate } from '../../i18n/t.ts';

export type DatePrecision = 'day' | 'month' | 'year';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The precision a partial date is written with, or null when it is not one. */
export function precisionOf(value: string): DatePrecision | null {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return null;
  return match[3] ? 'day' : match[2] ? 'month' : 'year';
}

/** True for a real calendar date in partial ISO form (no 30 February, no month 13). */
export function isValidPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return Number(year) >= 1900;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return Number(day) >= 1 && Number(day) <= daysInMonth;
}

/** Vietnamese display: "05/05/2023", "tháng 4/2024", "năm 2024". */
/**
 * A document's date as every page shows it: as written; or, when the text gives none, the
 * earliest date it allows, "sau ngày …"; or null when nothing is known.
 */
export function issuedText(issued: string | null, issuedAfter: string | null | undefined, t: Translate): string | null {
  if (issued) return formatPartialDate(issued, t);
  return issuedAfter ? `${t('meta.after')} ${formatPartialDate(issuedAfter, t)}` : null;
}

export function formatPartialDate(value: string, t: Translate): string {
  const [year, month, day] = value.split('-');
  if (day) return `${day}/${month}/${year}`;
  if (month) return `${t('date.month')} ${Number(month)}/${year}`;
  return `${t('date.year')} ${year}`;
}

/** The first day a partial date can mean, as YYYY-MM-DD ("2024-04" → "2024-04-01"). */
export function firstDayOf(value: string): string {
  const [year, month = '01', day = '01'] = value.split('-');
  return `${year}-${month}-${day}`;
}

/** The last day a partial date can mean, as YYYY-MM-DD ("2024-02" → "2024-02-29"). */
export function lastDayOf(value: string): string {
  const [year, month, day] = value.split('-');
  if (day) return value;
  const m = month ? Number(month) : 12;
  const last = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return `${year}-${String(m).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}
