/**
 * What the search index knows about each page beyond its words: the meta shown with a result,
 * and the facets a reader can filter by. Facet names are the keys of FACETS, in display order.
 */
import type { Translate } from '../../i18n/t.ts';
import type { Library } from '../model/library.ts';
import { LEVEL_LABEL } from '../model/plan-view.ts';

export const FACETS = ['level', 'province', 'type', 'field', 'agency', 'year'] as const;
export type Facet = (typeof FACETS)[number];

export interface SearchRecord {
  meta: Record<string, string>;
  filters: Record<Facet, string[]>;
}

/** The province a document belongs to: its own, or the province of its commune or district. */
function provinceOf(library: Library, locality: string | null): string | null {
  if (!locality) return null;
  const entry = library.localities.get(locality);
  if (!entry) return null;
  return entry.data.parent ? (library.localities.get(entry.data.parent)?.data.name ?? null) : entry.data.name;
}

export function searchRecord(library: Library, id: string, t: Translate): SearchRecord {
  const node = library.node(id);
  if (!node) throw new Error(`unknown document "${id}"`);
  const unknown = t('meta.unknown');
  const tasks = library.tasksInPlan(id);
  const agencies = new Set([node.issuer, ...tasks.flatMap((task) => [...task.lead, ...task.support])].filter((a): a is string => Boolean(a)));
  return {
    // Unknown facts are left out of the result line rather than repeated as "unknown".
    meta: Object.fromEntries(
      Object.entries({
        title: library.shortName(node),
        number: node.number,
        level: t(LEVEL_LABEL[node.level]),
        locality: library.localityName(node.locality),
      }).filter((entry): entry is [string, string] => Boolean(entry[1])),
    ),
    filters: {
      level: [t(LEVEL_LABEL[node.level])],
      province: [provinceOf(library, node.locality) ?? unknown],
      type: [node.type],
      field: [...new Set(tasks.flatMap((task) => task.fields))].map((field) => library.fieldName(field)),
      // Kinds, not each body: a country's plans name tens of thousands of agencies, too many to list
      // or to count on every search; a kind and a province pick one ("Sở Y tế" + "Lạng Sơn").
      agency: [...new Set([...agencies].map((agency) => library.agencies.get(agency)?.data.kind ?? agency))],
      year: [node.issued ? node.issued.slice(0, 4) : unknown],
    },
  };
}
