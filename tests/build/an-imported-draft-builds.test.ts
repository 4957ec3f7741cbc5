/**
 * What the importer drafts enters the library as it is: the commune plan of seed 001, imported
 * with the library as it would be without it (so its commune, its province, its bodies and the
 * provincial programme it carries out are all new), and the scanned seed 002 as a second copy
 * with its proposed repairs, build with their draft files copied into content/, and their pages
 * show what the drafts say.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { scratchProject } from '../../scripts/scratch-build.ts';
import { draftFiles, libraryOnDisk, libraryWithout, repairKnowledge } from '../../scripts/import/setup.ts';
import { importPlan } from '../../src/lib/import/draft.ts';
import { readSeed } from '../helpers/content.ts';
import { t } from '../../src/i18n/t.ts';

const root = resolve(import.meta.dirname, '../..');
const HELD_OUT = 'nhu-khe-thuc-hien-38-ctr-tu';

test('a draft imported without its plan builds with its new bodies, places and documents', async () => {
  const library = libraryOnDisk();
  const rest = libraryWithout(library, HELD_OUT);
  const draft = importPlan(readSeed('001_1cd28ddf82a73b4c.txt'), { library: rest, repairKnowledge: repairKnowledge(rest.plans), sourceName: '001_1cd28ddf82a73b4c.txt', t });
  assert.ok(draft.agencies.length > 0 && draft.localities.length === 2 && draft.documents.length === 1, 'the draft brings its commune, province, bodies and programme');
  const scanned = importPlan(readSeed('002_b4948d2caddd2204.txt'), { library: rest, repairKnowledge: repairKnowledge(rest.plans), sourceName: '002_b4948d2caddd2204.txt', id: 'bac-giang-ban-nhap', t });
  assert.ok(scanned.repairs.length > 100);

  const project = scratchProject('imported-draft');
  try {
    const kept = new Set([...rest.plans, ...rest.documents, ...rest.agencies, ...rest.localities, ...rest.fields].map((entry) => resolve(entry.file)));
    // Folders, and the entries (with a kept plan's corrections) of the library without the plan.
    const isKept = (source: string) => !/\.(?:mdx|yaml)$/.test(source) || kept.has(resolve(source.replace(/\.corrections\.yaml$/, '.mdx')));
    cpSync(join(root, 'content'), project.content, { recursive: true, filter: isKept });
    for (const file of [...draftFiles(draft, null), ...draftFiles(scanned, null)].filter((candidate) => candidate.path.includes('/'))) {
      const path = join(project.content, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.text);
    }
    const build = await project.build();
    assert.equal(build.status, 0, build.output.slice(-3000));
    const page = readFileSync(join(project.dist, 'van-ban', draft.id, 'index.html'), 'utf8');
    assert.match(page, /Ngô Thị Thu Thủy/);
    for (const agency of draft.agencies) assert.ok(existsSync(join(project.dist, 'co-quan', agency.id, 'index.html')), `page of ${agency.id}`);
    const scannedPage = readFileSync(join(project.dist, 'van-ban', scanned.id, 'index.html'), 'utf8');
    const proposed = scanned.repairs.reduce((sum, repair) => sum + repair.count, 0);
    assert.match(scannedPage, new RegExp(`${proposed} chỗ sửa do công cụ nhập đề xuất, chưa được biên tập viên đối chiếu`));
  } finally {
    project.remove();
  }
});
