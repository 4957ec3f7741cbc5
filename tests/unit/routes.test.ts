import { test } from 'node:test';
import assert from 'node:assert/strict';
import { routes, routesFor, type Routes } from '../../src/lib/model/routes.ts';
import remarkSitePaths from '../../src/lib/compile/remark-site-paths.ts';
import type { Root } from 'mdast';

/** Each kind of address at the root of a host; under a sub-path, the same with the sub-path in front. */
const ADDRESSES: [string, (site: Routes) => string, string][] = [
  ['home', (site) => site.home(), '/'],
  ['plan', (site) => site.plan('lai-chau-35-ctr-tu'), '/van-ban/lai-chau-35-ctr-tu/'],
  ['place in a plan', (site) => site.plan('lai-chau-35-ctr-tu', 'nv-iii-1'), '/van-ban/lai-chau-35-ctr-tu/#nv-iii-1'],
  ['cited document', (site) => site.document('36-nq-tw'), '/van-ban-dan-chieu/36-nq-tw/'],
  ['cited document, page 2', (site) => site.document('36-nq-tw', 2), '/van-ban-dan-chieu/36-nq-tw/trang-2/'],
  ['print view', (site) => site.print('lai-chau-35-ctr-tu'), '/in/lai-chau-35-ctr-tu/'],
  ['section printed alone', (site) => site.print('lai-chau-35-ctr-tu', 'iii'), '/in/lai-chau-35-ctr-tu/#iii'],
  ['study packet', (site) => site.packet(), '/in/tap-tai-lieu/'],
  ['plan list', (site) => site.plans(), '/danh-sach/'],
  ['plan list by date, page 2', (site) => site.plans('date', 2), '/danh-sach/theo-ngay/trang-2/'],
  ['plan list by locality', (site) => site.plans('locality'), '/danh-sach/theo-dia-ban/'],
  ['fields and matrix, page 3', (site) => site.fields(3), '/linh-vuc/trang-3/'],
  ['field', (site) => site.field('health'), '/linh-vuc/health/'],
  ['field, page 2', (site) => site.field('health', 2), '/linh-vuc/health/trang-2/'],
  ['agency directory', (site) => site.agencies(), '/co-quan/'],
  ['agency, page 1', (site) => site.agency('so-y-te-lang-son', 1), '/co-quan/so-y-te-lang-son/'],
  ['agency, page 4', (site) => site.agency('so-y-te-lang-son', 4), '/co-quan/so-y-te-lang-son/trang-4/'],
  ['kind of agency', (site) => site.agencyKind('so-y-te'), '/loai-co-quan/so-y-te/'],
  ['hierarchy', (site) => site.hierarchy(), '/he-thong/'],
  ['targets, page 2', (site) => site.targets(2), '/chi-tieu/trang-2/'],
  ['deadlines', (site) => site.deadlines(), '/thoi-han/'],
  ['search', (site) => site.search(), '/tim-kiem/'],
  ['guide', (site) => site.guide(), '/huong-dan-dong-gop/'],
  ['open data', (site) => site.openData('tasks'), '/data/tasks.json'],
  ['tasks as CSV', (site) => site.tasksCsv(), '/data/tasks.csv'],
  ['calendar', (site) => site.deadlinesCalendar(), '/thoi-han.ics'],
  ['hierarchy of a province', (site) => site.hierarchyProvince('lai-chau'), '/he-thong/lai-chau/'],
  ['reading offline', (site) => site.offline(), '/ban-ngoai-tuyen/'],
  ['portable copy of a province', (site) => site.offlineCopy('lai-chau'), '/ban-ngoai-tuyen/lai-chau.zip'],
  ['search index of a province', (site) => site.offlineIndex('lai-chau'), '/ban-ngoai-tuyen/chi-muc/lai-chau.js'],
  ['what saving a province fetches', (site) => site.offlineSet('province', 'lai-chau'), '/ban-ngoai-tuyen/luu/province-lai-chau.json'],
  ['a file of public/', (site) => site.pathWithBase('/favicon.svg'), '/favicon.svg'],
];

test('every address at the root of a host', () => {
  for (const [name, address, expected] of ADDRESSES) assert.equal(address(routesFor('/')), expected, name);
});

test('every address under a sub-path, written with or without its closing slash', () => {
  for (const base of ['/nq36/', '/nq36']) {
    for (const [name, address, expected] of ADDRESSES) assert.equal(address(routesFor(base)), `/nq36${expected}`, `${base}: ${name}`);
  }
});

test('without Vite (unit tests, build integrations) the default routes are at the root', () => {
  assert.equal(routes.plan('x'), '/van-ban/x/');
});

test('root paths written in a text go under the base; other addresses are left alone', () => {
  const tree = {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [
          { type: 'link', url: '/van-ban/x/#iii', children: [] },
          { type: 'image', url: '/hinh/so-do.png' },
          { type: 'link', url: 'https://chinhphu.vn/', children: [] },
          { type: 'link', url: '//cdn.example/x', children: [] },
          { type: 'link', url: '#iv', children: [] },
        ],
      },
      { type: 'definition', url: '/chi-tieu/', identifier: 'a' },
    ],
  } as unknown as Root;
  remarkSitePaths({ base: '/nq36/' })(tree);
  const urls: string[] = [];
  const collect = (node: { url?: string; children?: unknown[] }) => {
    if (node.url) urls.push(node.url);
    for (const child of node.children ?? []) collect(child as typeof node);
  };
  collect(tree);
  assert.deepEqual(urls, ['/nq36/van-ban/x/#iii', '/nq36/hinh/so-do.png', 'https://chinhphu.vn/', '//cdn.example/x', '#iv', '/nq36/chi-tieu/']);
});
