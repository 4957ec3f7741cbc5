/**
 * What the search index knows about each page beyond its words: the meta shown with a result,
 * and the facets a reader can filter by. Facet names are the keys of FACETS, in display order.
 */
import type { Translate } from '../../i18n/t.ts';
import type { Library } from '../model/library.ts';
import { LEVEL_LABEL } from '../model/plan-view.ts';
import { pageSections } from './page-text.ts';
import { SYNONYMS, missingForms } from './synonyms.ts';
import { syllablesOf } from './text.ts';

export const FACETS = ['level', 'province', 'type', 'field', 'agency', 'year'] as const;
export type Facet = (typeof FACETS)[number];

export interface SearchRecord {
  meta: Record<string, string>;
  filters: Record<Facet, string[]>;
  /**
   * The forms of the names the page writes that it does not write itself ("ubnd" on a page that
   * only writes "Ủy ban nhân dân"), folded: indexed with the page, so that Pagefind finds it by either.
   */
  otherForms: string[];
}

/** The province a document belongs to: its own, or the province of its commune or district. */
function provinceOf(library: Library, locality: string | null): string | null {
  if (!locality) return null;
  const entry = library.localities.get(locality);
  if (!entry) return null;
  return entry.data.parent ? (library.localities.get(entry.data.parent)?.data.name ?? null) : entry.data.name;
}

/**
 * The year a document is filed under: the year it gives; for a plan that gives none, the year of
 * the earliest date it allows, labelled as an inference (its grounds are on its page); or unknown.
 */
function yearOf(library: Library, id: string, issued: string | null, t: Translate): string {
  if (issued) return issued.slice(0, 4);
  const after = library.plan(id)?.data.issuedAfter;
  return after ? inferredYear(after.date, t) : t('meta.unknown');
}

const inferredYear = (earliest: string, t: Translate) => t('search.yearInferred').replace('{year}', earliest.slice(0, 4));

/** The year values that file plans by inference ("2023 (suy luận)"): the search page explains them. */
export function inferredYears(library: Library, t: Translate): string[] {
  const years = library.plans.flatMap((plan) => (plan.data.issued === null && plan.data.issuedAfter ? [inferredYear(plan.data.issuedAfter.date, t)] : []));
  return [...new Set(years)].sort();
}

/** What both search engines know of a page beyond its words: the result line and the facets. */
export function searchFacts(library: Library, id: string, t: Translate): Omit<SearchRecord, 'otherForms'> {
  const node = library.node(id);
  if (!node) throw new Error(`unknown document "${id}"`);
  const unknown = t('meta.unknown');
  const title = library.shortName(node);
  const tasks = library.tasksInPlan(id);
  const agencies = new Set([node.issuer, ...tasks.flatMap((task) => [...task.lead, ...task.support])].filter((a): a is string => Boolean(a)));
  return {
    // Unknown facts are left out of the result line rather than repeated as "unknown".
    meta: Object.fromEntries(
      Object.entries({
        title,
        number: node.number,
        level: t(LEVEL_LABEL[node.level]),
        locality: library.localityName(node.locality),
      }).filter((entry): entry is [string, string] => Boolean(entry[1])),
    ),
    filters: {
      level: [t(LEVEL_LABEL[node.level])],
      // A central document belongs to no province, which is not the same as a province left unsaid.
      province: [node.level === 'central' ? t('level.central') : (provinceOf(library, node.locality) ?? unknown)],
      type: [node.type],
      field: [...new Set(tasks.flatMap((task) => task.fields))].map((field) => library.fieldName(field)),
      // Kinds, not each body: a country's plans name tens of thousands of agencies, too many to list
      // or to count on every search; a kind and a province pick one ("Sở Y tế" + "Lạng Sơn").
      agency: [...new Set([...agencies].map((agency) => library.agencies.get(agency)?.data.kind ?? agency))],
      year: [yearOf(library, id, node.issued, t)],
    },
  };
}

/** A page's record for Pagefind: its facts, and the forms of the names it writes that it does not write itself. */
export function searchRecord(library: Library, id: string, t: Translate): SearchRecord {
  const facts = searchFacts(library, id, t);
  const text = pageSections(library, id, facts.meta.title)
    .map((section) => `${section.title} . ${section.text}`)
    .join(' . ');
  return { ...facts, otherForms: missingForms(syllablesOf(text).folded, SYNONYMS) };
}
