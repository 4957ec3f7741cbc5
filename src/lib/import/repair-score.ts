/**
 * Scores proposed OCR repairs against curated ("gold") repairs of the same normalised text.
 *
 * Repairs are compared by what they do to the text, not by how they are written, so "triên" →
 * "triển" and "phát triên" → "phát triển" count as the same edit. Gold and proposed repairs are
 * each applied (in order, as `applyRepairs` does) to the normalised text; each result is split on
 * white space and diffed against the original token sequence with `diffArrays` from the `diff`
 * package. Every run of removed and/or added tokens between two unchanged tokens is a hunk: an
 * original token range [start, end) and the tokens that replace it. A proposed hunk is a true
 * positive when a gold hunk has the same original range and the same replacement tokens.
 *
 * precision = true positives / proposed hunks, recall = true positives / gold hunks; each is 1
 * when its denominator is 0. Because hunks span whole runs of changed tokens, a proposal that
 * repairs only one of two adjacent damaged tokens the gold repairs together does not match.
 */
import { diffArrays } from 'diff';
import { applyRepairs, type Repair } from '../compile/seed-text.ts';

/** One edit: original tokens [start, end) replaced by `replacement`. */
interface Hunk {
  start: number;
  end: number;
  replacement: string[];
}

/** An edit shown to a reader: original tokens, their replacement and the words around them. */
export interface ScoredEdit {
  from: string;
  to: string;
  context: string;
}

export interface RepairScore {
  precision: number;
  recall: number;
  truePositives: number;
  /** Proposed edits no gold edit matches. */
  falsePositives: ScoredEdit[];
  /** Gold edits no proposed edit matches. */
  misses: ScoredEdit[];
  goldHunks: number;
  proposedHunks: number;
}

function tokensOf(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** The hunks that turn `original` tokens into `changed` tokens. */
function hunksBetween(original: string[], changed: string[]): Hunk[] {
  const hunks: Hunk[] = [];
  let position = 0;
  let open: Hunk | null = null;
  for (const change of diffArrays(original, changed)) {
    if (!change.added && !change.removed) {
      if (open) hunks.push(open);
      open = null;
      position += change.count;
      continue;
    }
    open ??= { start: position, end: position, replacement: [] };
    if (change.removed) {
      position += change.count;
      open.end = position;
    } else {
      open.replacement.push(...change.value);
    }
  }
  if (open) hunks.push(open);
  return hunks;
}

const keyOf = (hunk: Hunk) => `${hunk.start}:${hunk.end}:${hunk.replacement.join(' ')}`;

function describe(original: string[], hunk: Hunk): ScoredEdit {
  const before = original.slice(Math.max(0, hunk.start - 4), hunk.start);
  const after = original.slice(hunk.end, hunk.end + 4);
  const from = original.slice(hunk.start, hunk.end).join(' ');
  return { from, to: hunk.replacement.join(' '), context: [...before, `[${from}]`, ...after].join(' ') };
}

function editsOf(text: string, repairs: readonly Repair[]): Hunk[] {
  return hunksBetween(tokensOf(text), tokensOf(applyRepairs(text, repairs).text));
}

export function scoreRepairs(normalisedText: string, gold: readonly Repair[], proposed: readonly Repair[]): RepairScore {
  const original = tokensOf(normalisedText);
  const goldHunks = editsOf(normalisedText, gold);
  const proposedHunks = editsOf(normalisedText, proposed);
  const goldKeys = new Set(goldHunks.map(keyOf));
  const proposedKeys = new Set(proposedHunks.map(keyOf));
  const falsePositives = proposedHunks.filter((hunk) => !goldKeys.has(keyOf(hunk)));
  const misses = goldHunks.filter((hunk) => !proposedKeys.has(keyOf(hunk)));
  const truePositives = proposedHunks.length - falsePositives.length;
  return {
    precision: proposedHunks.length === 0 ? 1 : truePositives / proposedHunks.length,
    recall: goldHunks.length === 0 ? 1 : truePositives / goldHunks.length,
    truePositives,
    falsePositives: falsePositives.map((hunk) => describe(original, hunk)),
    misses: misses.map((hunk) => describe(original, hunk)),
    goldHunks: goldHunks.length,
    proposedHunks: proposedHunks.length,
  };
}
