/**
 * What a content file's own text must be, checked before anything reads it: a name that makes a
 * clean address, no characters a reader cannot see, YAML frontmatter, and dates as the author
 * wrote them. YAML readers turn an unquoted 2023-02-30 into 2 March and a date with a time zone
 * into another day, so dates are judged on the written text, parsed with YAML 1.2's core schema
 * (which has no timestamps), never on what a reader made of it.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { isValidPartialDate } from '../model/dates.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The file names each content folder holds; the name before the suffix is the entry's id. */
const FILE_NAMES: Record<string, RegExp> = {
  plans: /^(.*)\.(?:mdx|corrections\.yaml)$/,
  documents: /^(.*)\.yaml$/,
  agencies: /^(.*)\.yaml$/,
  localities: /^(.*)\.yaml$/,
  fields: /^(.*)\.yaml$/,
  'task-groups': /^(.*)\.yaml$/,
};

export const CONTENT_FOLDERS = Object.keys(FILE_NAMES);

/**
 * The folder of content/ that holds the raw texts the plans were edited from, each under the name
 * a plan's `source` gives, as received: the site publishes them beside the plans. Its names are
 * not ids, so it is not one of CONTENT_FOLDERS.
 */
export const SOURCES_FOLDER = 'sources';

/** Plans whose `source` names no file of `sourceNames` (the listing of `sourcesDir`), each with its file and field. */
export function sourceTextProblems(plans: readonly { file: string; data: { source: string } }[], sourceNames: readonly string[], sourcesDir: string): string[] {
  const present = new Set(sourceNames);
  return plans
    .filter((plan) => !present.has(plan.data.source))
    .map(
      (plan) =>
        `${plan.file}: source: "${plan.data.source}" is not in ${sourcesDir}/; copy there, unchanged and under that name, the raw text the plan was edited from (the site publishes it beside the plan)`,
    );
}

/** Why a file in content/<folder>/ cannot be an entry, or null when its name is fine. */
export function fileNameProblem(folder: string, name: string): string | null {
  const match = FILE_NAMES[folder]?.exec(name);
  if (!match) return `file name: content/${folder}/ holds only ${folder === 'plans' ? '<id>.mdx and <id>.corrections.yaml' : '<id>.yaml'} files`;
  if (!ID.test(match[1])) {
    return `file name: "${match[1]}" is not a valid id; the file name becomes the address, so use lower-case ASCII letters, digits and single hyphens (e.g. "lai-chau-35-ctr-tu")`;
  }
  return null;
}

/** Characters that show as nothing or as a plain space but are not one; tab and line breaks aside. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Zs}]/gu;
const VISIBLE_EXCEPTIONS = new Set([' ', '\t', '\n', '\r']);
const NAMES: Record<string, string> = {
  '\u00a0': 'no-break space',
  '\u00ad': 'soft hyphen',
  '\u200b': 'zero-width space',
  '\u200c': 'zero-width non-joiner',
  '\u200d': 'zero-width joiner',
  '\u200e': 'left-to-right mark',
  '\u200f': 'right-to-left mark',
  '\u2028': 'line separator',
  '\u2029': 'paragraph separator',
  '\u202f': 'narrow no-break space',
  '\u2060': 'word joiner',
  '\ufeff': 'byte-order mark',
};

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/** Every invisible or look-alike character, named with its place, so an editor can delete it. */
export function invisibleCharacterProblems(text: string): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(INVISIBLE)) {
    const char = match[0];
    const at = match.index ?? 0;
    if (VISIBLE_EXCEPTIONS.has(char) || (at === 0 && char === '\ufeff')) continue;
    const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    problems.push(`${lineAndColumn(text, at)}: invisible character ${code}${NAMES[char] ? ` (${NAMES[char]})` : ''}; delete it, or type a plain space`);
  }
  return problems;
}

/** A plan's frontmatter: the text between the opening and closing `---`, and where it starts. */
function frontmatterOf(source: string): { yaml: string; firstLine: number } | null {
  const match = /^\ufeff?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  return match ? { yaml: match[1], firstLine: 2 } : null;
}

/** What YAML 1.1 readers turn into a date (and so may move): 2023-2-3, 2023-02-30T10:00+07:00 … */
const YAML_TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:$|[Tt\s])/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Unquoted dates that are not a real day written YYYY-MM-DD, each with its field and line. */
function writtenDateProblems(yaml: string, firstLine: number): string[] {
  const problems: string[] = [];
  const document = parseDocument(yaml, { schema: 'core', prettyErrors: false });
  const lineOf = (offset: number) => firstLine + yaml.slice(0, offset).split('\n').length - 1;
  const walk = (node: YamlNode | null | undefined, path: string) => {
    if (isMap(node)) {
      for (const pair of node.items) walk(pair.value as YamlNode, `${path}${path ? '.' : ''}${isScalar(pair.key) ? String(pair.key.value) : '?'}`);
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item as YamlNode, `${path}[${index}]`));
    } else if (isScalar(node) && node.type === 'PLAIN' && typeof node.value === 'string' && YAML_TIMESTAMP.test(node.value)) {
      const written = node.value;
      if (!DAY.test(written) || !isValidPartialDate(written)) {
        problems.push(`line ${lineOf(node.range?.[0] ?? 0)}: ${path}: "${written}" is not a real date; write YYYY-MM-DD, a day that exists, with no time (e.g. 2023-01-30)`);
      }
    }
  };
  walk(document.contents as YamlNode, '');
  return problems;
}

/** Everything wrong with a content file's text itself; `kind` says how it is laid out. */
export function sourceProblems(source: string, kind: 'mdx' | 'yaml'): string[] {
  const problems = invisibleCharacterProblems(source);
  if (kind === 'yaml') return [...problems, ...writtenDateProblems(source, 1)];
  const frontmatter = frontmatterOf(source);
  if (!frontmatter) return [...problems, 'line 1: a plan starts with its frontmatter between two lines of three hyphens (---)'];
  return [...problems, ...writtenDateProblems(frontmatter.yaml, frontmatter.firstLine)];
}

/**
 * The same value with every string in Unicode NFC, so that "ệ" typed as e + two combining marks
 * and "ệ" typed as one character are one word to every check, search and sort.
 */
export function inNfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(inNfc) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inNfc(item)])) as T;
  }
  return value;
}

interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
}

/** A schema's complaints in an editor's words: "implements[0].grounds: missing". */
export function schemaIssueProblems(issues: readonly SchemaIssue[]): string[] {
  return issues.map((issue) => {
    const field = issue.path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`)).join('') || '(frontmatter)';
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    return `${field}: ${missing ? 'missing; this field is required' : issue.message}`;
  });
}
