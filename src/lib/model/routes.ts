/**
 * Every address of the site, made in one place: one function per kind of page or file, each
 * returning the path under the site's base (Astro's `base`: "/" or a sub-path such as "/nq36/"),
 * ready for an href. As with Starlight's pathWithBase, pages write their links whole when they
 * are rendered, and no later step moves them.
 */
import { pageUrl } from './pagination.ts';
import type { Order } from './plan-list.ts';
import type { OPEN_DATA } from '../formats/open-data.ts';

/** The path segment of each order of the plan list under /danh-sach/ (the default order has none). */
export const ORDER_SLUG: Record<Order, string | undefined> = { level: undefined, date: 'theo-ngay', locality: 'theo-dia-ban' };

/** Where the portable copies, their search indexes and the lists of what each "save" fetches live. */
export const OFFLINE_FOLDER = 'ban-ngoai-tuyen';

/** Where a plan's downloads live: its Word file and the raw text it was edited from. */
export const DOWNLOADS_FOLDER = 'tai-ve';

/** What a reader can save for reading offline: a plan, a province's share of the library, a field. */
export type OfflineSetKind = 'plan' | 'province' | 'field';

/** The addresses of the site served under `base`. Pages of a list are numbered from 1. */
export function routesFor(base: string) {
  const prefix = base.replace(/\/$/, '');
  /** A path of the site ("/sw.js"), under the base: for files whose names public/ or a tool fixes. */
  const pathWithBase = (path: string) => `${prefix}${path}`;
  const withAnchor = (path: string, anchor?: string) => pathWithBase(anchor ? `${path}#${anchor}` : path);
  const listPage = (list: string, page = 1) => pathWithBase(pageUrl(list, page));
  return {
    pathWithBase,
    home: () => pathWithBase('/'),
    /** A held plan, or a place in its text (a section, a task, a target). */
    plan: (id: string, anchor?: string) => withAnchor(`/van-ban/${id}/`, anchor),
    /** A held plan as a Word file, made from its text when the site is built. */
    planWord: (id: string) => pathWithBase(`/${DOWNLOADS_FOLDER}/${id}.docx`),
    /** The raw text a plan was edited from (its `source`, kept in content/sources/), as received. */
    sourceText: (file: string) => pathWithBase(`/${DOWNLOADS_FOLDER}/van-ban-goc/${file}`),
    /** A document the plans cite but the library does not hold, with who carries it out and cites it a page at a time. */
    document: (id: string, page = 1) => listPage(`/van-ban-dan-chieu/${id}/`, page),
    /** A plan beside the held plan it carries out, section by section. */
    concretization: (id: string) => pathWithBase(`/doi-chieu/${id}/`),
    /** A plan's print view, or one of its sections printed alone. */
    print: (plan: string, section?: string) => withAnchor(`/in/${plan}/`, section),
    /** The study packet: sections picked across plans, printed together. */
    packet: () => pathWithBase('/in/tap-tai-lieu/'),
    /** The list of every plan, in one of its orders. */
    plans: (order: Order = 'level', page = 1) => listPage(ORDER_SLUG[order] ? `/danh-sach/${ORDER_SLUG[order]}/` : '/danh-sach/', page),
    /** The fields, with the plans × fields coverage matrix a page at a time. */
    fields: (page = 1) => listPage('/linh-vuc/', page),
    field: (id: string, page = 1) => listPage(`/linh-vuc/${id}/`, page),
    /** The plans × task groups of 36-NQ/TW matrix, a page of plans at a time. */
    taskGroups: (page = 1) => listPage('/nhom-nhiem-vu/', page),
    /** The agency directory. */
    agencies: (page = 1) => listPage('/co-quan/', page),
    agency: (id: string, page = 1) => listPage(`/co-quan/${id}/`, page),
    /** One kind of agency across localities, by its slug (views.ts kindSlug). */
    agencyKind: (slug: string, page = 1) => listPage(`/loai-co-quan/${slug}/`, page),
    hierarchy: () => pathWithBase('/he-thong/'),
    /** One province's plans and those of its communes, under the documents above them, a page at a time. */
    hierarchyProvince: (id: string, page = 1) => listPage(`/he-thong/${id}/`, page),
    targets: (page = 1) => listPage('/chi-tieu/', page),
    deadlines: (page = 1) => listPage('/thoi-han/', page),
    search: () => pathWithBase('/tim-kiem/'),
    guide: () => pathWithBase('/huong-dan-dong-gop/'),
    openData: (name: keyof typeof OPEN_DATA) => pathWithBase(`/data/${name}.json`),
    tasksCsv: () => pathWithBase('/data/tasks.csv'),
    deadlinesCalendar: () => pathWithBase('/thoi-han.ics'),
    /** The page that lists what is saved on this device and the portable copies to download. */
    offline: () => pathWithBase(`/${OFFLINE_FOLDER}/`),
    /** A province's portable copy (zip), or the whole country's (built only on request). */
    offlineCopy: (province: string) => pathWithBase(`/${OFFLINE_FOLDER}/${province}.zip`),
    /** The search index of a province's share, as a classic script (it must load from file:// too). */
    offlineIndex: (province: string) => pathWithBase(`/${OFFLINE_FOLDER}/chi-muc/${province}.js`),
    /** The files one "save for offline" fetches, with their sizes. */
    offlineSet: (kind: OfflineSetKind, id: string) => pathWithBase(`/${OFFLINE_FOLDER}/luu/${kind}-${id}.json`),
  };
}

export type Routes = ReturnType<typeof routesFor>;

// Vite gives BASE_URL to the pages Astro renders and to the scripts it bundles for the browser.
// Unit tests and build integrations load src/lib without Vite, where import.meta.env is
// undefined: they get the root, and code there that needs the base calls routesFor(config.base).
export const routes = routesFor(import.meta.env?.BASE_URL ?? '/');

/**
 * A path of the site ("/nq36/van-ban/x/#ii") as the whole address a reader types or scans from
 * paper, which has no host: on the public origin the site is built for (Astro's `site`, from NQ36_SITE).
 */
export function publicAddress(site: URL | string, path: string): string {
  return new URL(path, site).href;
}
