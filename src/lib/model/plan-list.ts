/** The list of all plans, in three orders a reader asks for: by level, by date, by locality. */
import { LEVELS, compareDates, type Library, type LibraryNode } from './library.ts';
import { compareVietnamese } from './vietnamese.ts';

export const ORDERS = ['level', 'date', 'locality'] as const;
export type Order = (typeof ORDERS)[number];

/** The date a plan sorts by: its own, or the earliest its text allows (marked estimated). */
export function sortDate(library: Library, node: LibraryNode): { date: string | null; estimated: boolean } {
  if (node.issued) return { date: node.issued, estimated: false };
  const after = library.plan(node.id)?.data.issuedAfter?.date ?? null;
  return { date: after, estimated: after !== null };
}

export function sortPlans(library: Library, order: Order): LibraryNode[] {
  return library.plans.map((entry) => library.node(entry.id)!).sort(comparePlans(library, order));
}

/** How two plans (or cited documents) compare in `order`; ties go by short name. */
export function comparePlans(library: Library, order: Order): (a: LibraryNode, b: LibraryNode) => number {
  const locality = (node: LibraryNode) => library.localityName(node.locality) ?? '';
  const byDate = (a: LibraryNode, b: LibraryNode) => compareDates(sortDate(library, a).date, sortDate(library, b).date);
  const byLocality = (a: LibraryNode, b: LibraryNode) => {
    // An unnamed locality sorts last, not first.
    if (!locality(a) !== !locality(b)) return locality(a) ? -1 : 1;
    return compareVietnamese(locality(a), locality(b));
  };
  const byLevel = (a: LibraryNode, b: LibraryNode) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level);
  const comparators: Record<Order, ((a: LibraryNode, b: LibraryNode) => number)[]> = {
    level: [byLevel, byLocality, byDate],
    date: [byDate, byLevel, byLocality],
    locality: [byLocality, byLevel, byDate],
  };
  return (a, b) => {
    for (const compare of comparators[order]) {
      const result = compare(a, b);
      if (result !== 0) return result;
    }
    return compareVietnamese(library.shortName(a), library.shortName(b));
  };
}
