/**
 * Which values of a facet the search page lists: only those the results have (a value that
 * would find nothing is noise on a phone), and whatever is ticked. A short facet (levels, years)
 * lists them in alphabetical order. A long one (agencies, places: thousands across the country)
 * lists what is ticked, then the values most frequent in the results, and finds the others as
 * the reader types.
 */
import { foldVietnamese } from '../model/vietnamese.ts';

export const FACET_VALUES_SHOWN = 30;

const folded = (text: string) => foldVietnamese(text).toLowerCase();

/** `values` in alphabetical order; returns the values to list and how many more match. */
export function facetValuesToShow(
  values: readonly string[],
  counts: Readonly<Record<string, number>>,
  selected: ReadonlySet<string>,
  typed = '',
  limit = FACET_VALUES_SHOWN,
): { shown: string[]; more: number } {
  // Every word typed must appear, in any order: "y te lang" finds "Sở Y tế tỉnh Lạng Sơn".
  const wanted = folded(typed).split(/\s+/).filter(Boolean);
  const inResults = (value: string) => (counts[value] ?? 0) > 0;
  const matches = (value: string) => inResults(value) && wanted.every((word) => folded(value).includes(word));
  if (values.length <= limit && wanted.length === 0) return { shown: values.filter((value) => selected.has(value) || inResults(value)), more: 0 };
  const candidates = values.filter((value) => !selected.has(value) && matches(value));
  // Most frequent first; Array.sort is stable, so equals keep alphabetical order.
  const ranked = candidates.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0));
  return { shown: [...values.filter((value) => selected.has(value)), ...ranked.slice(0, limit)], more: Math.max(0, ranked.length - limit) };
}
