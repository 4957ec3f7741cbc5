/**
 * The one classic script of the offline copy (bundled as IIFE: browsers refuse JS modules and
 * fetch from file://). It does what the site's module scripts do online, except the packet.
 */
import { enableSearchShortcut } from './search-shortcut.ts';
import { enablePrintButtons } from './print-buttons.ts';
import { highlightFromAddress } from './highlight-arrival.ts';
import { startSearchPage } from './search/search-page.ts';
import { offlineEngine } from './search/offline-engine.ts';
import { relativeUrl } from '../lib/browser/urls.ts';

enableSearchShortcut();
enablePrintButtons();
highlightFromAddress();
const search = document.querySelector<HTMLElement>('[data-search]');
if (search && window.NQ36_OFFLINE_INDEXES) {
  const here = document.documentElement.dataset.offlinePath ?? 'tim-kiem/index.html';
  startSearchPage(search, offlineEngine(window.NQ36_OFFLINE_INDEXES, (path) => relativeUrl(here, path)));
}
for (const packet of document.querySelectorAll<HTMLElement>('[data-packet-offline-note]')) packet.hidden = false;
