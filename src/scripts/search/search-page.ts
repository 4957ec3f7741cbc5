/**
 * The search page in the browser, whatever the index behind it: reads the query and facets from
 * the address, runs the engine, renders results grouped by document with their sections and
 * highlighted excerpts, and facets with counts. Everything from the index goes in as text.
 */
import { parseQuery, type SearchQuery } from '../../lib/search/query.ts';
import { TIER, highlightRanges } from '../../lib/search/match.ts';
import { compareVietnamese } from '../../lib/model/vietnamese.ts';
import { element, withMarks } from '../dom.ts';
import { FACET_VALUES_SHOWN, facetValuesToShow } from '../../lib/search/facet-values.ts';
import type { FacetCounts, PageHit, ResultBatch, SearchEngine, SearchOutcome } from './engine.ts';

const SECTIONS_SHOWN = 4;
/** How long typing must pause before the words typed so far are fetched ahead. */
const PREPARE_AFTER_MS = 250;
/** Facets shown open; the long ones (fields, agencies) open on demand or when in use. */
const OPEN_FACETS = new Set(['level', 'province', 'type', 'year']);

/** A link to a section that carries the query, so the page can highlight it on arrival. */
function withQuery(link: string, query: string): string {
  const [beforeHash, hash = ''] = link.split('#');
  const separator = beforeHash.includes('?') ? '&' : '?';
  return `${beforeHash}${separator}tu-khoa=${encodeURIComponent(query).replace(/%20/g, '+')}${hash ? `#${hash}` : ''}`;
}

export function startSearchPage(root: HTMLElement, engine: SearchEngine): void {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>;
  const facets = (root.dataset.facets ?? '').split(' ').filter(Boolean);
  const input = root.querySelector<HTMLInputElement>('#search-query')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const results = root.querySelector<HTMLElement>('[data-results]')!;
  const facetsRoot = root.querySelector<HTMLElement>('[data-facets-root]')!;
  const facetsPanel = root.querySelector<HTMLDetailsElement>('[data-facets-panel]')!;
  const say = (key: string, values: Record<string, string | number> = {}) =>
    (strings[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
  const facetsInUse = root.querySelector<HTMLElement>('[data-facets-in-use]')!;
  /** The year values that file plans by inference ("2024 (suy luận)"), as the build made them. */
  const inferredYears = new Set(JSON.parse(root.dataset.inferredYears ?? '[]') as string[]);

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const selected = new Map<string, Set<string>>(facets.map((facet) => [facet, new Set(params.getAll(facet))]));
  const anySelected = () => [...selected.values()].some((values) => values.size > 0);
  let generation = 0;
  // Filters beside the results on a wide screen; folded away above them on a phone until asked for.
  facetsPanel.open = matchMedia('(min-width: 64rem)').matches || anySelected();

  function syncUrl(query: string) {
    const next = new URLSearchParams();
    if (query) next.set('q', query);
    for (const [facet, values] of selected) for (const value of values) next.append(facet, value);
    const search = next.toString();
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
  }

  const sortedValues = new Map<string, string[]>();
  const valuesOf = (all: FacetCounts, facet: string) => {
    if (!sortedValues.has(facet)) sortedValues.set(facet, Object.keys(all[facet] ?? {}).sort(compareVietnamese));
    return sortedValues.get(facet)!;
  };

  function facetOption(facet: string, value: string, count: number): HTMLLabelElement {
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
    label.append(box, ` ${value} `, element('span', 'facet__count', `(${count})`));
    if (count === 0 && !box.checked) label.classList.add('facet__option--empty');
    return label;
  }

  /** A facet's options, built when it is first opened: agencies alone can run to thousands. */
  function facetDetails(facet: string, values: string[], counts: Record<string, number>, open: boolean): HTMLDetailsElement {
    const details = element('details', 'facet');
    details.dataset.facet = facet;
    const fieldset = element('fieldset');
    details.append(element('summary', undefined, say(`search.facet.${facet}`)), fieldset);
    fieldset.append(element('legend', 'visually-hidden', say(`search.facet.${facet}`)));
    const options = element('div', 'facet__options');
    const more = element('p', 'facet__more muted');
    const note = element('p', 'facet__note muted');
    const list = (typed: string) => {
      const { shown, more: hidden } = facetValuesToShow(values, counts, selected.get(facet)!, typed);
      options.replaceChildren(...shown.map((value) => facetOption(facet, value, counts[value] ?? 0)));
      more.textContent = hidden > 0 ? say('search.facetMore', { count: hidden }) : '';
      // A year filed by inference says what that means, where the reader sees it.
      note.textContent = shown.some((value) => inferredYears.has(value)) ? say('search.yearInferredNote') : '';
    };
    const fill = () => {
      if (values.length > FACET_VALUES_SHOWN) {
        const find = element('input', 'facet__find');
        find.type = 'search';
        find.setAttribute('aria-label', say('search.facetFind', { facet: say(`search.facet.${facet}`) }));
        find.placeholder = say('search.facetFindPlaceholder');
        find.addEventListener('input', () => list(find.value));
        fieldset.append(find);
      }
      fieldset.append(options, more);
      // Below the list, which scrolls: the note is read whole.
      details.append(note);
      list('');
    };
    details.open = open;
    if (open) fill();
    else details.addEventListener('toggle', fill, { once: true });
    return details;
  }

  function renderFacets(all: FacetCounts, counts: FacetCounts) {
    const wasOpen = new Set([...facetsRoot.querySelectorAll<HTMLDetailsElement>('details[open]')].map((details) => details.dataset.facet));
    facetsRoot.replaceChildren();
    for (const facet of facets) {
      const values = valuesOf(all, facet);
      // A facet none of whose values the results have, and none ticked, is left out.
      if (!values.some((value) => (counts[facet]?.[value] ?? 0) > 0 || selected.get(facet)!.has(value))) continue;
      const open = OPEN_FACETS.has(facet) || wasOpen.has(facet) || selected.get(facet)!.size > 0;
      facetsRoot.append(facetDetails(facet, values, counts[facet] ?? {}, open));
    }
    const inUse = [...selected.values()].reduce((sum, values) => sum + values.size, 0);
    facetsInUse.textContent = inUse > 0 ? ` (${say('search.filtersInUse', { count: inUse })})` : '';
    if (anySelected()) {
      const clear = element('button', 'button button--quiet', say('search.clearFilters'));
      clear.type = 'button';
      clear.addEventListener('click', () => {
        selected.forEach((values) => values.clear());
        void run();
      });
      facetsRoot.append(clear);
    }
  }

  function resultArticle(page: PageHit, query: string, understood: SearchQuery): HTMLElement {
    const article = element('article', 'result');
    article.dataset.url = page.url;
    const heading = element('h2', 'result__title');
    const link = element('a', undefined, page.meta.title ?? page.url);
    link.href = withQuery(engine.link(page.url), query);
    heading.append(link);
    // A phrase is two syllables or more: one word found is not "the exact phrase".
    if (page.tier <= TIER.phrase && (understood.sayings[0]?.syllables.length ?? 0) > 1) heading.append(' ', element('span', 'result__phrase', say('search.phrase')));
    article.append(heading, element('p', 'result__meta', [page.meta.number, page.meta.level, page.meta.locality].filter(Boolean).join(' · ')));
    const list = element('ol', 'result__sections');
    const more = element('details', 'result__more');
    const moreList = element('ol', 'result__sections');
    more.append(element('summary', undefined, say('search.moreSections', { count: page.sections.length - SECTIONS_SHOWN })), moreList);
    for (const [index, section] of page.sections.entries()) {
      const item = element('li', 'result__section');
      const sectionLink = element('a', 'result__section-title');
      const inTitle = highlightRanges(section.title, understood);
      sectionLink.append(withMarks(section.title, inTitle).fragment);
      sectionLink.href = withQuery(engine.link(section.url), query);
      const excerpt = element('p', 'result__excerpt');
      // Where neither the heading nor the excerpt holds the phrase or the words together, the longer parts of the phrase show why it is listed.
      const inExcerpt = highlightRanges(section.excerpt, understood);
      const marks = inExcerpt.length > 0 || inTitle.length > 0 ? inExcerpt : highlightRanges(section.excerpt, understood, { partsToo: true });
      excerpt.append(withMarks(section.excerpt, marks).fragment);
      item.append(sectionLink, excerpt);
      (index < SECTIONS_SHOWN ? list : moreList).append(item);
    }
    article.append(list);
    if (page.sections.length > SECTIONS_SHOWN) article.append(more);
    return article;
  }

  function renderResults(outcome: SearchOutcome, query: string) {
    results.replaceChildren();
    if (outcome.total === 0) {
      status.textContent = say('search.none', { query });
      const help = element('div', 'search__help');
      if (anySelected()) {
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
    let shown = 0;
    const understood = parseQuery(query);
    const showBatch = (batch: ResultBatch) => {
      const articles = batch.pages.map((page) => resultArticle(page, query, understood));
      results.append(...articles);
      shown += articles.length;
      status.textContent = say(shown < outcome.total ? 'search.foundSome' : 'search.found', { count: outcome.total, shown });
      if (!batch.next) return;
      const next = batch.next;
      const button = element('button', 'button button--quiet', say('search.moreResults'));
      button.type = 'button';
      button.addEventListener('click', async () => {
        button.disabled = true;
        button.textContent = say('search.searching');
        const current = generation;
        const following = await next();
        if (current !== generation) return;
        button.remove();
        showBatch(following);
        // Keyboard and screen reader users continue where the new results begin.
        results.querySelectorAll<HTMLAnchorElement>('.result__title a')[shown - following.pages.length]?.focus();
      });
      results.append(button);
    };
    showBatch(outcome);
  }

  async function run() {
    const query = input.value.trim();
    const current = ++generation;
    syncUrl(query);
    if (!query) {
      status.textContent = say('search.empty');
      results.replaceChildren();
      facetsRoot.replaceChildren();
      facetsInUse.textContent = '';
      return;
    }
    status.textContent = say('search.searching');
    results.setAttribute('aria-busy', 'true');
    try {
      const [all, outcome] = await Promise.all([engine.facets(), engine.search(query, selected)]);
      if (current !== generation) return;
      renderFacets(all, outcome.counts);
      renderResults(outcome, query);
    } catch (error) {
      if (current !== generation) return;
      console.error(error);
      status.textContent = say('search.error');
      results.replaceChildren();
    } finally {
      if (current === generation) results.removeAttribute('aria-busy');
    }
  }

  // The index loads while the reader types, and the words typed so far are fetched ahead.
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => engine.prepare(input.value), PREPARE_AFTER_MS);
  });
  engine.prepare('');

  root.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  void run();
}
