/**
 * Imports a plan: `npm run import -- <file.txt|.docx|.pdf> [--out DIR] [--id ID]`.
 *
 * Writes a draft into DIR laid out like content/ (plans/, agencies/, localities/, documents/,
 * sources/) with the review list beside it, and prints the review list, least sure guesses first.
 * DIR defaults to .import/<id>/; the draft enters the library only when it is copied (or written,
 * with --out content) into content/.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { readSource, ImportInputError } from './import/read-source.ts';
import { libraryOnDisk, repairKnowledge } from './import/setup.ts';
import { importPlan, ImportError, type ImportResult } from '../src/lib/import/draft.ts';
import { ImportStructureError } from '../src/lib/import/skeleton.ts';
import { reviewMarkdown, reviewSummary } from '../src/lib/import/review.ts';
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
  // A seed keeps its own name (it lives in ../shared/seeds); any other input is kept in sources/.
  const isSeed = resolve(input).startsWith(`${SEEDS}/`);
  const sourceName = isSeed ? basename(input) : `${basename(input, extname(input)).replace(/[^\w.-]+/g, '-')}.txt`;
  const result = importPlan(source.text, { library, repairKnowledge: repairKnowledge(library.plans), sourceName, id: values.id, t });
  const out = resolve(values.out ?? join(ROOT, '.import', result.id));
  const written = writeDraft(result, out, isSeed ? null : { name: sourceName, text: source.text });
  console.log(reviewSummary(result.review));
  console.log(`\nĐã nhập ${input} (${source.kind}) trong ${((performance.now() - started) / 1000).toFixed(1)} s:`);
  for (const file of written) console.log(`  ${file}`);
  console.log(`\nKiểm tra: node scripts/check-seed.ts ${join(out, 'plans', `${result.id}.mdx`)}`);
} catch (error) {
  if (error instanceof ImportInputError || error instanceof ImportError || error instanceof ImportStructureError) {
    console.error(`Không nhập được ${input}: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

/** Writes the draft's files under `out`, refusing to replace a plan already there. */
function writeDraft(result: ImportResult, out: string, source: { name: string; text: string } | null): string[] {
  const files: [string, string][] = [
    [join(out, 'plans', `${result.id}.mdx`), result.mdx],
    [join(out, 'plans', `${result.id}.corrections.yaml`), result.corrections],
    ...result.agencies.map(({ id, data }): [string, string] => [join(out, 'agencies', `${id}.yaml`), stringify(data, { lineWidth: 0 })]),
    ...result.localities.map(({ id, data }): [string, string] => [join(out, 'localities', `${id}.yaml`), stringify(data, { lineWidth: 0 })]),
    ...result.documents.map(({ id, data }): [string, string] => [join(out, 'documents', `${id}.yaml`), stringify(data, { lineWidth: 0 })]),
    ...(source ? [[join(out, 'sources', source.name), source.text] as [string, string]] : []),
    [join(out, `${result.id}.review.md`), reviewMarkdown(result)],
  ];
  const planFile = files[0][0];
  if (existsSync(planFile)) throw new ImportError(`${planFile} đã có; chọn --id khác hoặc xóa tệp cũ (a plan with this id exists)`);
  for (const [file, text] of files) {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);
  }
  return files.map(([file]) => file);
}
