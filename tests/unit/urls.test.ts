import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relativeUrl, rewriteCssUrls, rewriteRootUrls, withoutBase } from '../../src/lib/browser/urls.ts';

test('root paths in attributes are rewritten, other URLs left alone', () => {
  const html = '<a href="/nq36/van-ban/x/#iii">a</a><a href="https://x.org/">b</a><a href="#iv">c</a><img src="/nq36/_astro/i.png"><form action="/nq36/tim-kiem/"><blockquote cite="/nq36/van-ban/x/#nv-iii-1"></blockquote><a href="//cdn/x">d</a>';
  assert.equal(
    rewriteRootUrls(html, (path) => withoutBase('/nq36/', path)),
    '<a href="/van-ban/x/#iii">a</a><a href="https://x.org/">b</a><a href="#iv">c</a><img src="/_astro/i.png"><form action="/tim-kiem/"><blockquote cite="/van-ban/x/#nv-iii-1"></blockquote><a href="//cdn/x">d</a>',
  );
});

test('stylesheet urls are rewritten', () => {
  const css = 'a{src:url(/_astro/f.woff2) format("woff2"),url("/_astro/g.woff")}';
  assert.equal(rewriteCssUrls(css, (path) => `.${path}`), 'a{src:url(./_astro/f.woff2) format("woff2"),url("./_astro/g.woff")}');
});

test('relative links from a file on disk name index.html', () => {
  const cases: [string, string, string][] = [
    ['index.html', '/van-ban/x/', 'van-ban/x/index.html'],
    ['van-ban/x/index.html', '/linh-vuc/health/#a', '../../linh-vuc/health/index.html#a'],
    ['van-ban/x/index.html', '/van-ban/x/?tu-khoa=a#iii', 'index.html?tu-khoa=a#iii'],
    ['van-ban/x/index.html', '/', '../../index.html'],
    ['in/p/iii/index.html', '/_astro/s.css', '../../../_astro/s.css'],
    ['_astro/s.css', '/_astro/f.woff2', 'f.woff2'],
  ];
  for (const [from, path, expected] of cases) assert.equal(relativeUrl(from, path), expected, `${from} → ${path}`);
});

test('the base path is taken off', () => {
  assert.equal(withoutBase('/nq36/', '/nq36/_astro/a.css'), '/_astro/a.css');
  assert.equal(withoutBase('/nq36/', '/nq36/'), '/');
  assert.equal(withoutBase('/', '/_astro/a.css'), '/_astro/a.css');
});
