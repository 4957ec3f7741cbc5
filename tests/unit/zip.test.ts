import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unzipSync } from 'fflate';
import { zip } from '../../src/lib/formats/zip.ts';

test('the zip writer makes an archive another reader opens, names and bytes intact', () => {
  const page = new TextEncoder().encode('<p>Nghị quyết 36-NQ/TW về công nghệ sinh học</p>'.repeat(50));
  const font = Uint8Array.from({ length: 256 }, (_, i) => (i * 97) % 256);
  const archive = zip([
    { name: 'nq36-ngoai-tuyen/van-ban/lạng-sơn/index.html', data: page },
    { name: 'nq36-ngoai-tuyen/font.woff2', data: font },
    { name: 'nq36-ngoai-tuyen/empty.txt', data: new Uint8Array() },
  ]);
  assert.ok(archive.length < page.length, 'text is deflated');
  const opened = unzipSync(archive);
  assert.deepEqual(Object.keys(opened), ['nq36-ngoai-tuyen/van-ban/lạng-sơn/index.html', 'nq36-ngoai-tuyen/font.woff2', 'nq36-ngoai-tuyen/empty.txt']);
  assert.deepEqual(opened['nq36-ngoai-tuyen/van-ban/lạng-sơn/index.html'], page);
  assert.deepEqual(opened['nq36-ngoai-tuyen/font.woff2'], font);
  assert.equal(opened['nq36-ngoai-tuyen/empty.txt'].length, 0);
});
