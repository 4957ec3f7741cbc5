/**
 * The search page in the browser: runs Pagefind, re-ranks (phrase with its tones, then folded
 * phrase, then scattered words), groups results by plan with their sections, and renders facets
 * with counts. Every value from the index is inserted as text, never as HTML.
 */
import { decodeFromIndex, encodeForIndex, matchRanges, phraseTier, queryForIndex } from '../lib/search/text.ts';
import { rankSections, type RankedSection } from '../lib/search/sections.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
}
interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (query: string, options?: { filters?: Record<string, { any: string[] }> }) => Promise<PagefindResponse | null>;
}

const MAX_PAGES = 50;

const SECTIONS_SHOWN = 4;
/** Facets shown open; the long ones (fields, agencies) open on demand or when in use. */
const OPEN_FACETS = new Set(['level', 'province', 'type', 'year']);

let pagefindPromise: Promise<{ pagefind: Pagefind; allFilters: Record<string, Record<string, number>> }> | undefined;
function loadPagefind() {
  pagefindPromise ??= (async () => {
    const url = new URL('/pagefind/pagefind.js', document.baseURI).href;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 36 });
    await pagefind.init();
    // Filters must be loaded before a search, or its facet counts come back partial.
    const allFilters = await pagefind.filters();
    return { pagefind, allFilters };
  })();
  return pagefindPromise;
}

/** Text with the query's words wrapped in <mark>, built from text nodes only. */
export function highlighted(text: string, query: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let last = 0;
  for (const [start, end] of matchRanges(text, query)) {
    if (start < last) continue;
    fragment.append(text.slice(last, start));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    fragment.append(mark);
    last = end;
  }
  fragment.append(text.slice(last));
  return fragment;
}

/** Pagefind's excerpt as plain text: its own <mark> tags dropped, entities decoded, đ restored. */
function excerptText(excerpt: string): string {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  return decodeFromIndex(parsed.body.textContent ?? '').normalize('NFC');
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A link to a section that carries the query, so the page can highlight it on arrival. */
function withQuery(url: string, query: string): string {
  const target = new URL(url, document.baseURI);
  target.searchParams.set('tu-khoa', query);
  return target.pathname + target.search + target.hash;
}

export function startSearchPage(root: HTMLElement): void {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>;
  const facets = (root.dataset.facets ?? '').split(' ').filter(Boolean);
  const input = root.querySelector<HTMLInputElement>('#search-query')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const results = root.querySelector<HTMLElement>('[data-results]')!;
  const facetsRoot = root.querySelector<HTMLElement>('[data-facets-root]')!;
  const facetsPanel = root.querySelector<HTMLDetailsElement>('[data-facets-panel]')!;
  const say = (key: string, values: Record<string, string | number> = {}) =>
    (strings[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const selected = new Map<string, Set<string>>(facets.map((facet) => [facet, new Set(params.getAll(facet))]));
  let generation = 0;
  // Filters beside the results on a wide screen; folded away above them on a phone until asked for.
  facetsPanel.open = matchMedia('(min-width: 64rem)').matches || [...selected.values()].some((values) => values.size > 0);

  function syncUrl(query: string) {
    const next = new URLSearchParams();
    if (query) next.set('q', query);
    for (const [facet, values] of selected) for (const value of values) next.append(facet, value);
    history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
  }

  function renderFacets(all: Record<string, Record<string, number>>, counts: Record<string, Record<string, number>>) {
    const wasOpen = new Set([...facetsRoot.querySelectorAll<HTMLDetailsElement>('details[open]')].map((details) => details.dataset.facet));
    facetsRoot.replaceChildren();
    for (const facet of facets) {
      // Facet values are kept as the page writes them (đ), and encoded only to ask the index.
      const values = Object.keys(all[facet] ?? {})
        .map(decodeFromIndex)
        .sort((a, b) => a.localeCompare(b, 'vi'));
      if (values.length === 0) continue;
      const details = element('details', 'facet');
      details.dataset.facet = facet;
      details.open = OPEN_FACETS.has(facet) || wasOpen.has(facet) || selected.get(facet)!.size > 0;
      const fieldset = element('fieldset');
      details.append(element('summary', undefined, say(`search.facet.${facet}`)), fieldset);
      fieldset.append(element('legend', 'visually-hidden', say(`search.facet.${facet}`)));
      for (const value of values) {
        const label = element('label', 'facet__option');
        const box = element('input');
        box.type = 'checkbox';
        box.value = value;
        box.checked = selected.get(facet)!.has(value);
        box.addEventListener('change', () => {
          if (box.checked) selected.get(facet)!.add(value);
          else selected.get(facet)!.delete(value);
          void run();
        });
        const count = counts[facet]?.[encodeForIndex(value)] ?? 0;
        label.append(box, ` ${value} `, element('span', 'facet__count', `(${count})`));
        if (count === 0 && !box.checked) label.classList.add('facet__option--empty');
        fieldset.append(label);
      }
      facetsRoot.append(details);
    }
    if ([...selected.values()].some((values) => values.size > 0)) {
      const clear = element('button', 'facet__clear', say('search.clearFilters'));
      clear.type = 'button';
      clear.addEventListener('click', () => {
        selected.forEach((values) => values.clear());
        void run();
      });
      facetsRoot.append(clear);
    }
  }

  async function run() {
    const query = input.value.trim();
    const current = ++generation;
    syncUrl(query);
    if (!query) {
      status.textContent = say('search.empty');
      results.replaceChildren();
      facetsRoot.replaceChildren();
      return;
    }
    status.textContent = say('search.searching');
    results.setAttribute('aria-busy', 'true');
    try {
      const { pagefind, allFilters } = await loadPagefind();
      const filters = Object.fromEntries(
        [...selected].filter(([, values]) => values.size > 0).map(([facet, values]) => [facet, { any: [...values].map(encodeForIndex) }]),
      );
      const indexQuery = queryForIndex(query);
      const words = indexQuery.replace(/"/g, '').split(' ').filter(Boolean);
      const [response, phrase] = await Promise.all([
        pagefind.search(indexQuery, { filters }),
        words.length > 1 && !indexQuery.includes('"') ? pagefind.search(`"${words.join(' ')}"`, { filters }) : Promise.resolve(null),
      ]);
      if (current !== generation || !response) return;
      const phraseIds = new Set(phrase?.results.map((result) => result.id) ?? []);
      const pages = await Promise.all(
        response.results.slice(0, MAX_PAGES).map(async (result) => {
          const data = await result.data();
          const content = decodeFromIndex(data.content).normalize('NFC');
          const words = content.split(/\s+/);
          const subResults = data.sub_results.filter((sub) => sub.url !== data.url || data.sub_results.length === 1);
          const sections = rankSections(words, subResults.map((sub) => ({ ...sub, title: decodeFromIndex(sub.title) })), query);
          const tier = Math.min(phraseTier(content, query), sections[0]?.tier ?? 2, phraseIds.has(result.id) ? 1 : 2);
          return { result, data, tier, sections };
        }),
      );
      if (current !== generation) return;
      pages.sort((a, b) => a.tier - b.tier || b.result.score - a.result.score);
      renderFacets(allFilters, response.filters);
      renderResults(pages, query);
    } catch (error) {
      if (current !== generation) return;
      console.error(error);
      status.textContent = say('search.error');
      results.replaceChildren();
    } finally {
      if (current === generation) results.removeAttribute('aria-busy');
    }
  }

  function renderResults(pages: { data: PagefindData; tier: number; sections: RankedSection[] }[], query: string) {
    results.replaceChildren();
    if (pages.length === 0) {
      status.textContent = say('search.none', { query });
      const help = element('div', 'search__help');
      if ([...selected.values()].some((values) => values.size > 0)) {
        const retry = element('a', undefined, say('search.noneWithFilters'));
        retry.href = `${location.pathname}?${new URLSearchParams({ q: query })}`;
        const line = element('p');
        line.append(retry);
        help.append(line);
      }
      help.append(element('p', 'muted', say('search.noneHint')));
      results.append(help);
      return;
    }
    let sections = 0;
    for (const { data, tier, sections: ranked } of pages) {
      const article = element('article', 'result');
      article.dataset.url = data.url;
      const heading = element('h2', 'result__title');
      const link = element('a', undefined, decodeFromIndex(data.meta.title ?? data.url));
      link.href = withQuery(data.url, query);
      heading.append(link);
      if (tier <= 1) heading.append(' ', element('span', 'result__phrase', say('search.phrase')));
      article.append(heading);
      article.append(element('p', 'result__meta', [data.meta.number, data.meta.level, data.meta.locality].filter(Boolean).map((value) => decodeFromIndex(value!)).join(' · ')));
      // Sections where the reader's own words stand, best first (see rankSections); a page
      // matched only through word prefixes still links to its first section.
      const subResults = ranked.length > 0 ? ranked : data.sub_results.slice(0, 1).map((sub) => ({ url: sub.url, title: decodeFromIndex(sub.title), excerpt: excerptText(sub.excerpt) }));
      const list = element('ol', 'result__sections');
      const more = element('details', 'result__more');
      const moreList = element('ol', 'result__sections');
      more.append(element('summary', undefined, say('search.moreSections', { count: subResults.length - SECTIONS_SHOWN })), moreList);
      for (const [index, { url, excerpt: text, title }] of subResults.entries()) {
        const item = element('li', 'result__section');
        const sectionLink = element('a', 'result__section-title', title);
        sectionLink.href = withQuery(url, query);
        const excerpt = element('p', 'result__excerpt');
        excerpt.append(highlighted(text, query));
        item.append(sectionLink, excerpt);
        (index < SECTIONS_SHOWN ? list : moreList).append(item);
        sections += 1;
      }
      article.append(list);
      if (subResults.length > SECTIONS_SHOWN) article.append(more);
      results.append(article);
    }
    status.textContent = say('search.found', { count: pages.length, sections });
  }

  root.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  void run();
}
