import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import nspell from 'nspell';
import dictionary from 'dictionary-vi';
import { mdxPlainText } from '../../src/lib/compile/seed-text.ts';
import { alternateTonePlacement } from '../../src/lib/model/vietnamese.ts';
import { loadContent, readPlanSource, ROOT } from '../helpers/content.ts';
import { t } from '../../src/i18n/t.ts';

/** Every Vietnamese text the site shows from content/: plans, and the data beside them. */
function contentTexts(): string[] {
  const content = loadContent();
  return [
    ...content.plans.flatMap((plan) => [mdxPlainText(readPlanSource(plan.id), t, plan.data.recipients), plan.data.title, plan.data.signer?.title ?? '']),
    ...content.documents.flatMap((doc) => [doc.data.title ?? '', doc.data.known]),
    ...content.agencies.flatMap((agency) => [agency.data.name, agency.data.kind, ...agency.data.aliases]),
    ...content.fields.flatMap((field) => [field.data.name, field.data.description]),
    ...content.localities.map((locality) => locality.data.name),
  ];
}

test('every word of the content is Vietnamese the dictionary knows, or on the allow-list', () => {
  const spell = nspell(dictionary);
  const allowed = new Set(
    readFileSync(`${ROOT}/tests/fixtures/spelling-allow.txt`, 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'))
      .map((line) => line.split(/\s+/)[0]),
  );
  const known = (word: string) => {
    const forms = [word, word.toLowerCase(), alternateTonePlacement(word), alternateTonePlacement(word.toLowerCase())];
    return forms.some((form) => form && spell.correct(form));
  };
  const words = contentTexts().flatMap((text) => text.normalize('NFC').split(/[^\p{L}\p{M}]+/u).filter(Boolean));
  const unknown = [...new Set(words.filter((word) => !allowed.has(word) && !known(word)))];
  assert.deepEqual(unknown, []);
  const unused = [...allowed].filter((word) => !words.includes(word));
  assert.deepEqual(unused, [], 'allow-list entries no content uses');
  console.log(`spelling: ${words.length} words (${new Set(words).size} distinct) checked, ${allowed.size} allow-listed`);
});
