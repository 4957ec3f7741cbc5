/**
 * Imports a plan: `npm run import -- <file.txt|.docx|.pdf> [--out DIR] [--id ID]`.
 *
 * Writes a draft into DIR laid out like content/ (plans/, agencies/, localities/, documents/,
 * sources/) with the review list beside it, and prints the review list, least sure guesses first.
 * DIR defaults to .import/<id>/; the draft enters the library only when it is copied (or written,
 * with --out content) into content/.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readSource, ImportInputError } from './import/read-source.ts';
import { draftFiles, libraryOnDisk, repairKnowledge } from './import/setup.ts';
import { importPlan, ImportError, type ImportResult } from '../src/lib/import/draft.ts';
import { ImportStructureError } from '../src/lib/import/skeleton.ts';
import { reviewSummary } from '../src/lib/import/review.ts';
import { t } from '../src/i18n/t.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SEEDS = resolve(ROOT, '../shared/seeds');

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, id: { type: 'string' } } });
const input = positionals[0];
if (!input) {
  console.error('Cách dùng: npm run import -- <tệp .txt|.docx|.pdf> [--out THƯ-MỤC] [--id MÃ] (usage)');
  process.exit(2);
}

try {
  const started = performance.now();
  const source = await readSource(input);
  const library = libraryOnDisk();
  // Every plan's source text goes into sources/ (the site offers it for download); a seed keeps its own name.
  const isSeed = resolve(input).startsWith(`${SEEDS}/`);
  const sourceName = isSeed ? basename(input) : `${basename(input, extname(input)).replace(/[^\w.-]+/g, '-')}.txt`;
  const result = importPlan(source.text, { library, repairKnowledge: repairKnowledge(library.plans), sourceName, id: values.id, t });
  const out = resolve(values.out ?? join(ROOT, '.import', result.id));
  const written = writeDraft(result, out, { name: sourceName, text: source.text });
  console.log(reviewSummary(result.review));
  console.log(`\nĐã nhập ${input} (${source.kind}) trong ${((performance.now() - started) / 1000).toFixed(1)} s:`);
  for (const file of written) console.log(`  ${file}`);
  console.log(`\nKiểm tra: node scripts/check-seed.ts ${join(out, 'plans', `${result.id}.mdx`)}`);
} catch (error) {
  if (error instanceof ImportInputError) {
    // Its message names the file already.
    console.error(`Không nhập được: ${error.message}`);
    process.exit(1);
  }
  if (error instanceof ImportError || error instanceof ImportStructureError) {
    console.error(`Không nhập được ${input}: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

/** Writes the draft's files under `out`, refusing to replace a plan already there. */
function writeDraft(result: ImportResult, out: string, source: { name: string; text: string }): string[] {
  const files = draftFiles(result, source).map(({ path, text }) => ({ file: join(out, path), text }));
  if (existsSync(files[0].file)) throw new ImportError(`${files[0].file} đã có; chọn --id khác hoặc xóa tệp cũ (a plan with this id exists)`);
  for (const { file, text } of files) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return files.map(({ file }) => file);
}
