/**
 * What each "save for reading offline" fetches, and what each portable copy holds: the pages of
 * one plan, of one province's share of the library, or of one field. The pages are site paths
 * under the base; the build adds each file's size (integrations/offline-sets.ts). Every set
 * assumes the shell (styles, scripts, fonts, home and search pages) the service worker keeps.
 */
import type { Library, LibraryNode } from './library.ts';
import { agencyPages, fieldPages } from './views.ts';
import { planProvince, provinceOf, provinceScopes } from './provinces.ts';
import { hierarchyParts, partPages } from './tree.ts';
import { routes, type OfflineSetKind } from './routes.ts';

/** The whole country's portable copy, by its name under ban-ngoai-tuyen/: made only on request, for it is large. */
export const WHOLE_COUNTRY_COPY = 'ca-nuoc';

/** Whether this build makes the whole country's copy (NQ36_WHOLE_COPY=1). */
export function wholeCountryCopyWanted(): boolean {
  return globalThis.process?.env.NQ36_WHOLE_COPY === '1';
}

export interface OfflineSet {
  kind: OfflineSetKind;
  id: string;
  /** What the reader sees in the list of saved things. */
  title: string;
  /** The set's own page, where the list of saved things leads. */
  home: string;
  /** Site paths of the pages, under the base, its own page first. */
  pages: string[];
  /** The province whose search index comes with the set, so that search works over it offline. */
  searchIndex: string | null;
}

/** A node's page and, for a held plan, its print view. */
const pagesOf = (node: LibraryNode) => (node.kind === 'plan' ? [node.url, routes.print(node.id)] : [node.url]);

/** One plan: its page and print view, and the pages of the documents above it and cited in it. */
export function planSet(library: Library, planId: string): OfflineSet {
  const node = library.node(planId)!;
  const above = [...library.ancestors(planId).map((link) => link.node), ...(library.plan(planId)?.data.cites ?? []).flatMap((id) => library.node(id) ?? [])];
  return {
    kind: 'plan',
    id: planId,
    title: library.shortName(node),
    home: node.url,
    pages: unique([...pagesOf(node), ...above.map((other) => other.url)]),
    searchIndex: planProvince(library, planId)?.province ?? null,
  };
}

/** Every province's share: the hierarchy down to it (every page of its own), its plans, what stands above them, its agencies. */
function provinceSets(library: Library): OfflineSet[] {
  const parts = new Map(hierarchyParts(library).map((part) => [part.id, part]));
  const agenciesOf = Map.groupBy([...library.agencies.values()], (agency) => provinceOf(library, agency.data.locality) ?? '');
  return provinceScopes(library).map((scope) => ({
    kind: 'province',
    id: scope.id,
    title: scope.name,
    home: routes.hierarchyProvince(scope.id),
    pages: unique([
      ...partPages(library, parts.get(scope.id)!).map((page) => routes.hierarchyProvince(scope.id, page.number)),
      routes.hierarchy(),
      ...scope.above.map((node) => node.url),
      ...scope.plans.flatMap((plan) => pagesOf(plan.node)),
      ...(agenciesOf.get(scope.id) ?? []).flatMap((agency) => agencyPages(library, agency.id).map((page) => routes.agency(agency.id, page.number))),
    ]),
    searchIndex: scope.id,
  }));
}

/** A field: every page of its tasks. */
function fieldSet(library: Library, fieldId: string): OfflineSet {
  return {
    kind: 'field',
    id: fieldId,
    title: library.fieldName(fieldId),
    home: routes.field(fieldId),
    pages: fieldPages(library, fieldId).map(({ page }) => routes.field(fieldId, page)),
    searchIndex: null,
  };
}

/** Every set a reader can save. */
export function offlineSets(library: Library): OfflineSet[] {
  return [...provinceSets(library), ...library.plans.map((plan) => planSet(library, plan.id)), ...library.fields.map((field) => fieldSet(library, field.id))];
}

function unique(paths: string[]): string[] {
  return [...new Set(paths)];
}
