import { test } from 'node:test';
import assert from 'node:assert/strict';
import QRCode from 'qrcode';
import { QR_ERROR_CORRECTION, QR_PRINTED_SIZE, QR_QUIET_ZONE, qrCodeSvg } from '../../src/lib/formats/qr-code.ts';

/**
 * The dark modules an SVG draws, read back from its path: rows of runs, each started by "M x y"
 * (a new row, y at the middle of the row) or "m dx 0" (skip light modules), drawn by "h n".
 */
function modulesDrawn(svg: string): { size: number; dark: Set<string> } {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)![1]);
  const path = /<path stroke="#000000" d="([^"]*)"/.exec(svg)![1];
  const dark = new Set<string>();
  let x = 0;
  let row = 0;
  for (const [, command, first, second] of path.matchAll(/([Mmh])(\d+(?:\.\d+)?)(?: (\d+(?:\.\d+)?))?/g)) {
    if (command === 'M') [x, row] = [Number(first), Number(second) - 0.5];
    else if (command === 'm') x += Number(first);
    else for (const end = x + Number(first); x < end; x += 1) dark.add(`${x},${row}`);
  }
  return { size, dark };
}

/** The dark modules of `text`'s QR code at a level, placed inside the quiet zone. */
function modulesOf(text: string, errorCorrectionLevel: 'L' | 'M' | 'H'): Set<string> {
  const { modules } = QRCode.create(text, { errorCorrectionLevel });
  const dark = new Set<string>();
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) if (modules.get(row, col)) dark.add(`${col + QR_QUIET_ZONE},${row + QR_QUIET_ZONE}`);
  }
  return dark;
}

const addresses = [
  'http://127.0.0.1:4321/van-ban/lai-chau-35-ctr-tu/#ii',
  'https://nq36.example.gov.vn/nq36/van-ban/huyen-uy-thuc-hien-114-kh-tu/#iii-2-1',
  'https://nq36.example.gov.vn/van-ban/lang-son-ubnd-thuc-hien-88-ctr-tu/',
];

for (const address of addresses) {
  test(`the SVG draws the QR code of ${address} at level M, inside a quiet zone`, async () => {
    const svg = await qrCodeSvg(address);
    const tag = /^<svg [^>]*>/.exec(svg)?.[0] ?? '';
    for (const attribute of ['xmlns="http://www.w3.org/2000/svg"', `width="${QR_PRINTED_SIZE}"`, `height="${QR_PRINTED_SIZE}"`]) assert.ok(tag.includes(attribute), `${tag} has ${attribute}`);
    assert.ok(svg.endsWith('</svg>'));
    const { size, dark } = modulesDrawn(svg);
    const expected = modulesOf(address, QR_ERROR_CORRECTION);
    assert.equal(size, QRCode.create(address, { errorCorrectionLevel: QR_ERROR_CORRECTION }).modules.size + 2 * QR_QUIET_ZONE);
    assert.deepEqual(dark, expected);
    // The level is part of the code: another level draws other modules.
    assert.notDeepEqual(dark, modulesOf(address, 'L'));
    // Nothing dark in the quiet zone.
    for (const module of dark) {
      const [x, y] = module.split(',').map(Number);
      assert.ok(x >= QR_QUIET_ZONE && y >= QR_QUIET_ZONE && x < size - QR_QUIET_ZONE && y < size - QR_QUIET_ZONE, module);
    }
  });
}

test('two addresses make two codes, and one address always the same', async () => {
  const [first, second] = addresses;
  assert.equal(await qrCodeSvg(first), await qrCodeSvg(first));
  assert.notEqual(await qrCodeSvg(first), await qrCodeSvg(second));
});
