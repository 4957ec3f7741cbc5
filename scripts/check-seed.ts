/**
 * Checks one plan against its seed: `node scripts/check-seed.ts content/plans/<id>.mdx`. The seed is
 * found in the plan's sources/ folder (an imported plan), content/sources/, or ../shared/seeds/.
 * Prints every seed passage missing from the plan after the plan's recorded repairs.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { applyRepairs, missingChunks, mdxPlainText, normaliseSeed, type Repair } from '../src/lib/compile/seed-text.ts';
import { t } from '../src/i18n/t.ts';
import { sourceTextPath } from './import/setup.ts';

const planPath = process.argv[2];
if (!planPath) throw new Error('usage: node scripts/check-seed.ts content/plans/<id>.mdx');
const mdx = readFileSync(planPath, 'utf8');
const frontmatter = parse(/^---\n([\s\S]*?)\n---\n/.exec(mdx)?.[1] ?? '') as { source?: string; recipients?: string[] };
const source = frontmatter.source;
if (!source) throw new Error(`${planPath}: frontmatter has no "source" field`);
const seed = readFileSync(sourceTextPath(planPath, source), 'utf8');
const corrections = parse(readFileSync(planPath.replace(/\.mdx$/, '.corrections.yaml'), 'utf8')) as { repairs?: Repair[] };
const { text, problems } = applyRepairs(normaliseSeed(seed), corrections.repairs ?? []);
const missing = missingChunks(text, mdxPlainText(mdx, t, frontmatter.recipients));
for (const problem of problems) console.log(`REPAIR  ${problem}`);
for (const chunk of missing) console.log(`MISSING ${chunk}`);
console.log(`${planPath}: ${problems.length} repair problem(s), ${missing.length} missing passage(s)`);
process.exitCode = problems.length + missing.length > 0 ? 1 : 0;
