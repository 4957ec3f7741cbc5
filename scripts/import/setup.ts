/**
 * What an import needs from the library on disk: content/ read through the build's schemas, and
 * the repair proposer's knowledge (the plans' texts, their recorded repairs, the dictionary).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import nspell from 'nspell';
import dictionary from 'dictionary-vi';
import { parse } from 'yaml';
import { loadContent, readPlanSource, CONTENT } from '../../tests/helpers/content.ts';
import { mdxPlainText, type Repair } from '../../src/lib/compile/seed-text.ts';
import { alternateTonePlacement } from '../../src/lib/model/vietnamese.ts';
import type { LibraryInput } from '../../src/lib/model/library.ts';
import type { RepairKnowledge } from '../../src/lib/import/ocr-repairs.ts';
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

