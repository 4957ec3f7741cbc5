import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyRepairs } from '../../src/lib/compile/seed-text.ts';
import { proposeRepairs, type RepairKnowledge, type RepairProposal } from '../../src/lib/import/ocr-repairs.ts';
import { scoreRepairs } from '../../src/lib/import/repair-score.ts';
import { dictionaryIsWord, knowledgeWithout, loadSeedCases } from '../../scripts/eval-repairs.ts';

const cases = loadSeedCases();
const isWord = dictionaryIsWord();
const scanned = cases.find((seed) => seed.source === '002_b4948d2caddd2204.txt')!;
const scannedProposals = proposeRepairs(scanned.normalisedText, knowledgeWithout(cases, scanned, isWord));

/**
 * Applies proposals in order and fails if one finds other than its count, or finds its `from`
 * in text an earlier proposal wrote.
 */
function applyStrictly(text: string, proposals: readonly RepairProposal[]): string {
  let current = text;
  let written = Array.from(current, () => false);
  for (const proposal of proposals) {
    const found: number[] = [];
    for (let at = current.indexOf(proposal.from); at !== -1; at = current.indexOf(proposal.from, at + proposal.from.length)) found.push(at);
    assert.equal(found.length, proposal.count, `"${proposal.from}" → "${proposal.to}"`);
    let next = '';
    const nextWritten: boolean[] = [];
    let from = 0;
    for (const at of found) {
      assert.ok(!written.slice(at, at + proposal.from.length).includes(true), `"${proposal.from}" reaches into an earlier repair's result`);
      next += current.slice(from, at) + proposal.to;
      nextWritten.push(...written.slice(from, at), ...Array.from(proposal.to, () => true));
      from = at + proposal.from.length;
    }
    current = next + current.slice(from);
    written = [...nextWritten, ...written.slice(from)];
  }
  return current;
}

test('proposals on the scanned seed apply in order with exact counts and never rework each other', () => {
  assert.ok(scannedProposals.length > 0);
  const { text, problems } = applyRepairs(scanned.normalisedText, scannedProposals);
  assert.deepEqual(problems, []);
  assert.equal(applyStrictly(scanned.normalisedText, scannedProposals), text);
  for (const proposal of scannedProposals) {
    assert.equal(proposal.kind, 'ocr');
    assert.ok(proposal.confidence >= 0.5 && proposal.confidence <= 1);
    assert.ok(proposal.reason.length > 0);
    // The example is the sentence of the damaged words; a `from` may reach back to the stop before it.
    assert.ok(proposal.example.includes(proposal.from.replace(/^[.;:?!] /, '')), `example of "${proposal.from}"`);
  }
  const confidences = scannedProposals.map((proposal) => proposal.confidence);
  assert.deepEqual(confidences, [...confidences].sort((a, b) => b - a), 'most confident first');
});

test('on the scanned seed, knowing only the other plans, precision is at least 0.9 and recall at least 0.7', () => {
  const score = scoreRepairs(scanned.normalisedText, scanned.repairs, scannedProposals);
  assert.ok(score.precision >= 0.9, `precision ${score.precision.toFixed(3)}`);
  assert.ok(score.recall >= 0.7, `recall ${score.recall.toFixed(3)}`);
});

test('the four clean seeds get few proposals', () => {
  // Measured: 4, all in seed 003, all slips its curator chose to keep as the author's ("sản
  // xuât", "đia bàn", "các tố chức", "chuyên giao"); none in 000, 001 and 004.
  const proposed = cases
    .filter((seed) => seed !== scanned)
    .map((seed) => scoreRepairs(seed.normalisedText, [], proposeRepairs(seed.normalisedText, knowledgeWithout(cases, seed, isWord))).proposedHunks);
  assert.ok(proposed.reduce((sum, count) => sum + count, 0) <= 5, `proposed hunks per clean seed: ${proposed.join(', ')}`);
});

const referenceTexts = [
  'Tăng cường sự lãnh đạo của cấp ủy, tổ chức đảng đối với phát triển và ứng dụng công nghệ sinh học.',
  'Các tổ chức chính trị - xã hội tham gia phát triển và ứng dụng công nghệ sinh học trong nông nghiệp.',
  'Khuyến khích các tổ chức, cá nhân đầu tư phát triển và ứng dụng công nghệ sinh học; đẩy mạnh công nghiệp hóa.',
];
const smallKnowledge: RepairKnowledge = { referenceTexts, knownRepairs: [], isWord };

test('a correct text is left alone', () => {
  const correct = 'Các tổ chức, cá nhân đẩy mạnh phát triển và ứng dụng công nghệ sinh học trong nông nghiệp; công nghiệp hoá.';
  assert.deepEqual(proposeRepairs(correct, smallKnowledge), []);
});

test('a misread real word and a misread non-word are repaired from context', () => {
  const damaged = 'Các tố chức, cá nhân đấy mạnh phát triên và ứng dụng công nghệ sinh học trong nông nghiệp.';
  const proposals = proposeRepairs(damaged, smallKnowledge);
  const { text, problems } = applyRepairs(damaged, proposals);
  assert.deepEqual(problems, []);
  assert.equal(text, 'Các tổ chức, cá nhân đẩy mạnh phát triển và ứng dụng công nghệ sinh học trong nông nghiệp.');
  const triên = proposals.find((proposal) => proposal.from.includes('triên'))!;
  assert.match(triên.reason, /“triên” không phải tiếng Việt/);
  assert.match(triên.example, /phát triên và ứng dụng/);
});

test('the score counts edits by what they do to the text, whatever their granularity', () => {
  const text = 'phát triên và phát triên bền vững';
  const gold = [{ from: 'triên', to: 'triển', count: 2, kind: 'ocr' as const }];
  const proposed = [
    { from: 'phát triên và', to: 'phát triển và', count: 1, kind: 'ocr' as const },
    { from: 'bền', to: 'bên', count: 1, kind: 'ocr' as const },
  ];
  const score = scoreRepairs(text, gold, proposed);
  assert.equal(score.truePositives, 1);
  assert.equal(score.precision, 0.5);
  assert.equal(score.recall, 0.5);
  assert.deepEqual(score.falsePositives, [{ from: 'bền', to: 'bên', context: 'triên và phát triên [bền] vững' }]);
  assert.deepEqual(score.misses, [{ from: 'triên', to: 'triển', context: 'phát triên và phát [triên] bền vững' }]);
});
