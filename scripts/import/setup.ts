/**
 * What an import needs from the library on disk: content/ read through the build's schemas, and
 * the repair proposer's knowledge (the plans' texts, their recorded repairs, the dictionary).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import nspell from 'nspell';
import dictionary from 'dictionary-vi';
import { parse, stringify } from 'yaml';
import { loadContent, readPlanSource, CONTENT } from '../../tests/helpers/content.ts';
import { mdxPlainText, type Repair } from '../../src/lib/compile/seed-text.ts';
import { alternateTonePlacement } from '../../src/lib/model/vietnamese.ts';
import type { LibraryInput } from '../../src/lib/model/library.ts';
import type { RepairKnowledge } from '../../src/lib/import/ocr-repairs.ts';
import type { ImportResult } from '../../src/lib/import/draft.ts';
import { reviewMarkdown } from '../../src/lib/import/review.ts';
import { t } from '../../src/i18n/t.ts';

export type ImportLibrary = Pick<LibraryInput, 'plans' | 'documents' | 'agencies' | 'localities' | 'fields'>;

export type LibraryOnDisk = ImportLibrary & Pick<LibraryInput, 'annotations'>;

export function libraryOnDisk(): LibraryOnDisk {
  return loadContent();
}

let spell: ReturnType<typeof nspell> | undefined;

/** True when a syllable is Vietnamese the dictionary knows, in either tone placement. */
export function isWord(syllable: string): boolean {
  spell ??= nspell(dictionary);
  const forms = [syllable, syllable.toLowerCase(), alternateTonePlacement(syllable), alternateTonePlacement(syllable.toLowerCase())];
  return forms.some((form) => form && spell!.correct(form));
}

/** The repair knowledge of the plans given: their texts as the site shows them and their repairs. */
export function repairKnowledge(plans: ImportLibrary['plans']): RepairKnowledge {
  return {
    referenceTexts: plans.map((plan) => mdxPlainText(readPlanSource(plan.id), t, plan.data.recipients)),
    knownRepairs: plans.flatMap((plan) => correctionsOf(plan.id)),
    isWord,
  };
}

function correctionsOf(id: string): Repair[] {
  const file = join(CONTENT, 'plans', `${id}.corrections.yaml`);
  return existsSync(file) ? ((parse(readFileSync(file, 'utf8')) as { repairs?: Repair[] }).repairs ?? []) : [];
}

/** Where a plan's source text is kept: content/sources/ for imported plans, the shared seeds otherwise. */
export function sourceTextPath(planFile: string, source: string): string {
  const candidates = [join(dirname(planFile), '..', 'sources', source), join(CONTENT, 'sources', source), join(CONTENT, '..', '..', 'shared', 'seeds', source)];
  return candidates.find((candidate) => existsSync(candidate)) ?? candidates.at(-1)!;
}


/** The library without one plan and what only that plan uses. */
export function libraryWithout(library: LibraryOnDisk, planId: string): ImportLibrary {
  const plans = library.plans.filter((plan) => plan.id !== planId);
  const annotations = (id: string) => library.annotations.get(id);
  const documentsUsed = new Set(plans.flatMap((plan) => [...plan.data.implements.map((link) => link.document), ...plan.data.cites, plan.data.identifiedAs?.document ?? '']));
  for (const doc of library.documents) if (documentsUsed.has(doc.id)) doc.data.implements.forEach((link) => documentsUsed.add(link.document));
  const documents = library.documents.filter((doc) => documentsUsed.has(doc.id));
  const agenciesUsed = new Set([
    ...plans.flatMap((plan) => [plan.data.issuer, ...(annotations(plan.id)?.tasks ?? []).flatMap((task) => [...task.lead, ...task.support])]),
    ...documents.map((doc) => doc.data.issuer ?? ''),
  ]);
  const agencies = library.agencies.filter((agency) => agenciesUsed.has(agency.id) || agency.data.level === 'central');
  const placesUsed = new Set([
    ...plans.flatMap((plan) => [plan.data.locality ?? '', plan.data.localityInferred?.locality ?? '']),
    ...agencies.map((agency) => agency.data.locality ?? ''),
    ...documents.map((doc) => doc.data.locality ?? ''),
  ]);
  for (const place of library.localities) if (placesUsed.has(place.id) && place.data.parent) placesUsed.add(place.data.parent);
  return { plans, documents, agencies, localities: library.localities.filter((place) => placesUsed.has(place.id)), fields: library.fields };
}

/** The files of a draft, laid out as in content/, with the review list beside them. */
export function draftFiles(result: ImportResult, source: { name: string; text: string } | null): { path: string; text: string }[] {
  const yaml = (data: unknown) => stringify(data, { lineWidth: 0 });
  return [
    { path: `plans/${result.id}.mdx`, text: result.mdx },
    { path: `plans/${result.id}.corrections.yaml`, text: result.corrections },
    ...result.agencies.map(({ id, data }) => ({ path: `agencies/${id}.yaml`, text: yaml(data) })),
    ...result.localities.map(({ id, data }) => ({ path: `localities/${id}.yaml`, text: yaml(data) })),
    ...result.documents.map(({ id, data }) => ({ path: `documents/${id}.yaml`, text: yaml(data) })),
    ...(source ? [{ path: `sources/${source.name}`, text: source.text }] : []),
    { path: `${result.id}.review.md`, text: reviewMarkdown(result) },
  ];
}
