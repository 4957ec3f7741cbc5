/**
 * Pages of a long list. Pages that list plans, targets or agencies are cut into pages of a fixed
 * size, so each page stays the same size however large the library grows; the first page keeps
 * the list's own address and the others add "trang-N/".
 */

/** How many items each paginated list shows on a page. */
export const PAGE_SIZE = {
  /** Field pages: whole plans with their tasks in the field. */
  fieldPlans: 10,
  /** The plans × fields matrix: rows. */
  matrixPlans: 50,
  /** The agency directory: localities with their agencies. */
  directoryLocalities: 25,
  /** The targets tables: plans with their targets. */
  targetPlans: 25,
  /** The deadlines timeline: tasks. */
  deadlineTasks: 30,
  /** A kind of agency: agencies with their tasks. */
  kindAgencies: 20,
  /** The list of plans: rows. */
  listRows: 100,
} as const;

export interface Page<T> {
  /** 1-based. */
  number: number;
  items: T[];
}

/** `items` in pages of `size`; an empty list still has its (empty) first page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  const pages: Page<T>[] = [];
  for (let start = 0; start < Math.max(items.length, 1); start += size) pages.push({ number: pages.length + 1, items: items.slice(start, start + size) });
  return pages;
}

/** The route parameter of page `number`: none for the first page. */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : `trang-${number}`;
}

/** The address of page `number` of the list at `base` ("/chi-tieu/"). */
export function pageUrl(base: string, number: number): string {
  return number === 1 ? base : `${base}trang-${number}/`;
}

/**
 * The page numbers a pager shows: the first, the last, and two either side of the current one,
 * with null where numbers are left out — a list of 300 pages gets a pager of at most 9 links.
 */
export function pagerNumbers(current: number, total: number): (number | null)[] {
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, total])]
    .filter((number) => number >= 1 && number <= total)
    .sort((a, b) => a - b);
  return shown.flatMap((number, index) => (index > 0 && number - shown[index - 1] > 1 ? [null, number] : [number]));
}
