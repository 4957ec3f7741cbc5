import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileNameProblem, inNfc, invisibleCharacterProblems, sourceProblems } from '../../src/lib/compile/source-file.ts';

const plan = (frontmatter: string) => `---\ntitle: Kế hoạch thử\n${frontmatter}\n---\n\n## I. MỤC ĐÍCH\n`;

test('dates are judged as written, quoted or not: a real day, YYYY-MM-DD, no time', () => {
  assert.deepEqual(sourceProblems(plan('issued: 2023-01-30'), 'mdx'), []);
  assert.deepEqual(sourceProblems(plan('issued: "2023-02-30"'), 'mdx'), [], 'quoted values are the schema’s to judge');
  const cases: [string, RegExp][] = [
    ['issued: 2023-02-30', /^line 3: issued: "2023-02-30" is not a real date/],
    ['issued: 2023-13-01', /issued: "2023-13-01" is not a real date/],
    ['issued: 2023-1-5', /issued: "2023-1-5" is not a real date/],
    ['issued: 2023-01-30T00:00:00+07:00', /issued: "2023-01-30T00:00:00\+07:00" is not a real date/],
    ['issued: 2023-01-30 10:00', /is not a real date/],
    ['issuedAfter:\n  date: 2024-02-30\n  grounds: x', /^line 4: issuedAfter\.date: "2024-02-30"/],
    ['implements:\n  - document: 36-nq-tw\n    since: 2023-04-31', /implements\[0\]\.since: "2023-04-31"/],
  ];
  for (const [frontmatter, message] of cases) {
    const problems = sourceProblems(plan(frontmatter), 'mdx');
    assert.equal(problems.length, 1, frontmatter);
    assert.match(problems[0], message);
  }
  assert.match(sourceProblems('issued: 2023-02-29\n', 'yaml')[0], /^line 1: issued: "2023-02-29"/);
  assert.deepEqual(sourceProblems('issued: 2024-02-29\n', 'yaml'), []);
});

test('a plan must open with YAML frontmatter', () => {
  assert.match(sourceProblems('+++\ntitle = "x"\n+++\n', 'mdx')[0], /frontmatter between two lines of three hyphens/);
});

test('invisible characters are named with their place, wherever they hide', () => {
  assert.deepEqual(invisibleCharacterProblems('Nghị quyết 36-NQ/TW\n\tthụt lề\r\n'), []);
  assert.deepEqual(invisibleCharacterProblems('\ufeffđầu tệp'), [], 'a byte-order mark opening the file is harmless');
  assert.deepEqual(invisibleCharacterProblems('số 36-NQ\u200b/TW'), ['line 1, column 9: invisible character U+200B (zero-width space); delete it, or type a plain space']);
  assert.match(invisibleCharacterProblems('a\nsố 36\u00a0NQ')[0], /^line 2, column 6: invisible character U\+00A0 \(no-break space\)/);
  for (const char of ['\u200c', '\u200d', '\u2060', '\u00ad', '\u202e', '\u2066', '\u2028', '\u0007', '\u3000', '\ufeff']) {
    assert.equal(invisibleCharacterProblems(`chữ${char}chữ`).length, 1, `U+${char.codePointAt(0)!.toString(16)}`);
  }
  assert.equal(sourceProblems(plan('issued: 2023-01-30').replace('MỤC ĐÍCH', '\u200b'), 'mdx').length, 1);
});

test('file names become addresses: lower-case ASCII ids only, in the files each folder holds', () => {
  assert.equal(fileNameProblem('plans', 'lai-chau-35-ctr-tu.mdx'), null);
  assert.equal(fileNameProblem('plans', 'lai-chau-35-ctr-tu.corrections.yaml'), null);
  assert.equal(fileNameProblem('agencies', 'so-y-te-lang-son.yaml'), null);
  for (const name of ['Lai-Chau.mdx', 'lai chau.mdx', 'lai-châu.mdx', 'a#b.mdx', 'a?b.mdx', 'a--b.mdx', '-a.mdx', 'a_b.mdx', '.mdx']) {
    assert.match(fileNameProblem('plans', name) ?? '', /is not a valid id/, name);
  }
  assert.match(fileNameProblem('plans', 'ke-hoach.md') ?? '', /holds only <id>\.mdx and <id>\.corrections\.yaml files/);
  assert.match(fileNameProblem('agencies', 'so-y-te.yml') ?? '', /holds only <id>\.yaml files/);
});

test('every string of a parsed entry is put in NFC, whatever its depth', () => {
  const decomposed = 'Nghe\u0323\u0302 An';
  const value = inNfc({ title: decomposed, list: [decomposed, 3, null], nested: { name: decomposed }, flag: true });
  assert.deepEqual(value, { title: 'Nghệ An', list: ['Nghệ An', 3, null], nested: { name: 'Nghệ An' }, flag: true });
});
