/**
 * Faithfulness check between a raw seed text and the plan written from it.
 *
 * A seed is normalised (structural markup and page debris dropped, white space folded), the
 * plan's recorded repairs are applied to it, and the result is cut into sentence-sized chunks
 * that must all appear, in order, in the plan's text. Pure functions: the unit tests run them
 * on the MDX source, the end-to-end tests on the rendered page.
 */
import type { Translate } from '../../i18n/t.ts';

/** One repair of scanning or text-extraction damage, applied to the normalised seed text. */
export interface Repair {
  /** The damaged text exactly as it stands in the normalised seed. */
  from: string;
  /** The repaired text as the plan shows it. */
  to: string;
  /** How many times `from` stands in the text when this repair is applied. */
  count: number;
  /** `ocr`: misread by character recognition; `extraction`: broken by PDF text extraction. */
  kind: 'ocr' | 'extraction';
}

/** Folds every run of white space (including no-break spaces) into one space. */
function foldWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Drops what carries structure rather than words: Markdown heading marks, emphasis, list
 * bullets at the start of a line and lines made only of dashes.
 */
export function normaliseSeed(raw: string): string {
  const lines = raw.split(/\r?\n/).map((line) =>
    line
      .replace(/\*\*|(?<![\p{L}\d])\*|\*(?![\p{L}\d])/gu, '')
      .replace(/^\s*#{1,6}\s+/, '')
      .replace(/^\s*[-·•]\s+/, ''),
  );
  return foldWhitespace(lines.filter((line) => !/^\s*-{3,}\s*$/.test(line)).join('\n'));
}

/** Applies repairs in order; each must find exactly `count` occurrences of its `from`. */
export function applyRepairs(text: string, repairs: readonly Repair[]): { text: string; problems: string[] } {
  const problems: string[] = [];
  let result = text;
  for (const repair of repairs) {
    const found = result.split(repair.from).length - 1;
    if (found !== repair.count) {
      problems.push(`repair "${repair.from}" → "${repair.to}": expected ${repair.count} occurrence(s), found ${found}`);
    }
    result = result.split(repair.from).join(repair.to);
  }
  return { text: result, problems };
}

/** Cuts text after each sentence or clause mark, so a missing passage is reported small. */
function chunksOf(text: string): string[] {
  return text
    .split(/(?<=[.;:?!])\s+/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk.length > 0);
}

/** The chunks of `expected` that are not found in `actual` in order, each with its context. */
export function missingChunks(expected: string, actual: string): string[] {
  const haystack = foldWhitespace(actual);
  const missing: string[] = [];
  let from = 0;
  for (const chunk of chunksOf(foldWhitespace(expected))) {
    const at = haystack.indexOf(chunk, from);
    if (at === -1) missing.push(chunk);
    else from = at + chunk.length;
  }
  return missing;
}

/**
 * The readable words of an MDX plan body: frontmatter, comments, JSX tags, Markdown marks and
 * escapes removed, and `<Recipients />` replaced by the list it renders from the frontmatter
 * (headed as remark-recipients.ts heads it, through `t`). Used to check a plan against its seed
 * without building the site.
 */
export function mdxPlainText(mdx: string, t: Translate, recipients: readonly string[] = []): string {
  const body = mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace('<Recipients />', [t('plan.recipients'), ...recipients].join('\n'));
  const lines = body.split('\n').map((line) =>
    line
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
      .replace(/<\/?[A-Za-z][^>]*>/g, '')
      .replace(/^\s*#{1,6}\s+/, '')
      .replace(/^\s*[-*]\s+/, '')
      .replace(/\*\*|(?<![\p{L}\d])\*|\*(?![\p{L}\d])/gu, '')
      .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1'),
  );
  return foldWhitespace(lines.join('\n'));
}
