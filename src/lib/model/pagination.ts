/**
 * Pages of a long list. Pages that list plans, targets, agencies or tasks are cut into pages of a
 * fixed size, so each page stays the same size however large the library grows; the first page
 * keeps the list's own address and the others add "trang-N/".
 */

/** How many items each paginated list shows on a page. */
export const PAGE_SIZE = {
  /** Field pages: tasks in the field, under their plans (every field of the bundled plans fits on one). */
  fieldTasks: 40,
  /** An agency's page: the tasks it is given. */
  agencyTasks: 40,
  /** The plans × fields matrix: rows. */
  matrixPlans: 50,
  /** The plans × task groups matrix: rows. */
  taskGroupPlans: 50,
  /** The agency directory: localities with their agencies. */
  directoryLocalities: 25,
  /** The targets tables: plans with their targets. */
  targetPlans: 25,
  /** The deadlines timeline: tasks. */
  deadlineTasks: 30,
  /** A kind of agency: the tasks of its agencies, under each agency (one given nothing takes the room of one). */
  kindTasks: 40,
  /** The list of plans: rows. */
  listRows: 100,
  /** A cited document's page: what carries it out, then the plans that name it, a row each. */
  documentRows: 100,
  /** A province's page of the hierarchy: its plans and documents, in tree order. */
  hierarchyNodes: 150,
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

/** The part of a group's items that falls on one page. */
export interface GroupSlice<G, T> {
  group: G;
  items: T[];
  /** The group began on an earlier page. */
  continued: boolean;
}

/**
 * Groups cut into pages of `size` items (not groups), so a page's size does not depend on how
 * the items spread over groups: a group that crosses a page boundary goes on at the top of the
 * next page. Groups without items are left out, or with `keepEmpty` shown taking the room of one
 * item (the line saying there is nothing), so many empty groups cannot make a page grow either;
 * nothing to show still gives one empty page.
 */
export function paginateGroups<G, T>(
  groups: readonly G[],
  itemsOf: (group: G) => readonly T[],
  size: number,
  { keepEmpty = false }: { keepEmpty?: boolean } = {},
): Page<GroupSlice<G, T>>[] {
  const pages: Page<GroupSlice<G, T>>[] = [{ number: 1, items: [] }];
  let room = size;
  const makeRoom = () => {
    if (room > 0) return;
    pages.push({ number: pages.length + 1, items: [] });
    room = size;
  };
  for (const group of groups) {
    const items = itemsOf(group);
    if (items.length === 0 && keepEmpty) {
      makeRoom();
      pages.at(-1)!.items.push({ group, items: [], continued: false });
      room -= 1;
    }
    for (let start = 0; start < items.length; ) {
      makeRoom();
      const slice = items.slice(start, start + room);
      pages.at(-1)!.items.push({ group, items: slice, continued: start > 0 });
      start += slice.length;
      room -= slice.length;
    }
  }
  return pages;
}

/** The route parameter of page `number`: none for the first page. */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : `trang-${number}`;
}

/** The address of page `number` of the list at `list` ("/chi-tieu/"). */
export function pageUrl(list: string, number: number): string {
  return number === 1 ? list : `${list}trang-${number}/`;
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
