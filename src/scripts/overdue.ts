/**
 * Marks the deadlines already past on the day the page is read, not the day it was built: a page
 * saved for offline reading is opened weeks later. A deadline given as a month runs to its last day.
 */
import { lastDayOf } from '../lib/model/dates.ts';

export function markOverdue(today = new Date()): void {
  const local = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  for (const item of document.querySelectorAll<HTMLElement>('[data-deadline]')) {
    const mark = item.querySelector<HTMLElement>('[data-overdue]');
    if (mark) mark.hidden = lastDayOf(item.dataset.deadline!) >= local;
  }
}
