/**
 * How the alignment of plans with the plans they carry out grows with the library:
 * `node scripts/measure-alignment.ts [sizes…]` (default 250 500 1000 2000 plans of the bench corpus).
 * For each size: the pairs aligned, the time to align them all (median of three, on a library
 * already read), and the time per pair. Time per pair that stays flat means time that grows with
 * the library, not with its square.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from './bench-corpus.ts';
import { Library } from '../src/lib/model/library.ts';
import { CONTENT, loadContent } from '../tests/helpers/content.ts';
import { t } from '../src/i18n/t.ts';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
console.log('| plans | pairs aligned | align all (ms, median of 3) | per pair (ms) | per plan (ms) |');
console.log('|---|---|---|---|---|');
for (const size of sizes.length > 0 ? sizes : [250, 500, 1000, 2000]) {
  const dir = mkdtempSync(join(tmpdir(), 'nq36-align-'));
  try {
    writeCorpus(CONTENT, dir, size);
    const input = loadContent(dir);
    const runs: { ms: number; pairs: number }[] = [];
    for (let run = 0; run < 3; run++) {
      // A new library each run: the alignment is made once per library, on first use.
      const library = new Library(input, t);
      const started = performance.now();
      const pairs = library.concretizations().length;
      runs.push({ ms: performance.now() - started, pairs });
    }
    const { ms, pairs } = runs.sort((a, b) => a.ms - b.ms)[1];
    console.log(`| ${size} | ${pairs} | ${ms.toFixed(0)} | ${(ms / pairs).toFixed(2)} | ${(ms / size).toFixed(2)} |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
