/**
 * Leave-one-out evaluation of the OCR repair proposer: `node scripts/eval-repairs.ts [--verbose]`.
 *
 * For each seed the proposer knows only the other plans (their readable text and their recorded
 * repairs) and the spelling dictionary; its proposals on the seed's normalised text are scored
 * against the seed's own curated repairs (see src/lib/import/repair-score.ts). `--verbose` also
 * prints every false positive and every miss.
 */
import nspell from 'nspell';
import dictionary from 'dictionary-vi';
import { mdxPlainText, normaliseSeed, type Repair } from '../src/lib/compile/seed-text.ts';
import { alternateTonePlacement } from '../src/lib/model/vietnamese.ts';
import { proposeRepairs, type RepairKnowledge, type RepairProposal } from '../src/lib/import/ocr-repairs.ts';
import { scoreRepairs, type RepairScore } from '../src/lib/import/repair-score.ts';
import { loadContent, loadCorrections, readPlanSource, readSeed } from '../tests/helpers/content.ts';
import { t } from '../src/i18n/t.ts';

interface SeedCase {
  planId: string;
  source: string;
  normalisedText: string;
  plainText: string;
  repairs: Repair[];
}

export interface SeedResult {
  source: string;
  proposals: RepairProposal[];
  score: RepairScore;
}

/** Every plan with its seed, in seed order. */
export function loadSeedCases(): SeedCase[] {
  return loadContent()
    .plans.map((plan) => ({
      planId: plan.id,
      source: plan.data.source,
      normalisedText: normaliseSeed(readSeed(plan.data.source)),
      plainText: mdxPlainText(readPlanSource(plan.id), t, plan.data.recipients),
      repairs: loadCorrections(plan.id).repairs,
    }))
    .sort((a, b) => a.source.localeCompare(b.source));
}

/** nspell over dictionary-vi, accepting either tone placement and a capitalised word. */
export function dictionaryIsWord(): (syllable: string) => boolean {
  const spell = nspell(dictionary);
  const cache = new Map<string, boolean>();
  return (syllable) => {
    let known = cache.get(syllable);
    if (known === undefined) {
      const lower = syllable.toLowerCase();
      known = [syllable, lower, alternateTonePlacement(syllable), alternateTonePlacement(lower)].some((form) => form !== null && spell.correct(form));
      cache.set(syllable, known);
    }
    return known;
  };
}

/** What the proposer may know when it reads `held`: everything but `held`'s own plan. */
export function knowledgeWithout(cases: readonly SeedCase[], held: SeedCase, isWord: (syllable: string) => boolean): RepairKnowledge {
  const others = cases.filter((other) => other !== held);
  return { referenceTexts: others.map((other) => other.plainText), knownRepairs: others.flatMap((other) => other.repairs), isWord };
}

export function evaluateLeaveOneOut(cases = loadSeedCases(), isWord = dictionaryIsWord()): SeedResult[] {
  return cases.map((held) => {
    const proposals = proposeRepairs(held.normalisedText, knowledgeWithout(cases, held, isWord));
    return { source: held.source, proposals, score: scoreRepairs(held.normalisedText, held.repairs, proposals) };
  });
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const started = performance.now();
  const results = evaluateLeaveOneOut();
  const rows = results.map(({ source, proposals, score }) => ({
    seed: source,
    'gold hunks': score.goldHunks,
    proposals: proposals.length,
    'proposed hunks': score.proposedHunks,
    TP: score.truePositives,
    precision: score.precision.toFixed(3),
    recall: score.recall.toFixed(3),
  }));
  console.table(rows);
  console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (!verbose) return;
  for (const { source, score } of results) {
    for (const edit of score.falsePositives) console.log(`${source} FP   ${edit.from} → ${edit.to}   | ${edit.context}`);
    for (const edit of score.misses) console.log(`${source} MISS ${edit.from} → ${edit.to}   | ${edit.context}`);
  }
}

if (import.meta.main) main();
