/**
 * "Lưu để đọc khi không có mạng": saves a plan, a province or a field into a cache of its own,
 * saying the size before it starts and showing progress; lists what is saved on the offline
 * page, with sizes, the room the browser gives, and a way to remove each. The service worker
 * (service-worker/sw.ts) serves the saved pages when there is no network.
 */
import {
  META_KEY,
  SAVED_CACHE_PREFIX,
  NETWORK_ONLY_HEADER,
  formatBytes,
  savedCacheName,
  totalBytes,
  type SavedSet,
  type SetList,
} from '../lib/browser/offline-saves.ts';
import { element } from './dom.ts';

/** Saving needs the Cache API and a worker to serve what it saves: a site over http(s). */
export const canSave = () => 'caches' in window && 'serviceWorker' in navigator && location.protocol.startsWith('http');

/** How many files a save fetches at once: enough to fill a slow line, few enough for an old phone. */
const PARALLEL_FETCHES = 4;

type Strings = Record<string, string>;
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
const stringsOf = (root: HTMLElement): Strings => JSON.parse(root.dataset.strings ?? '{}') as Strings;

async function fetchForSave(url: string): Promise<Response> {
  const response = await fetch(url, { headers: { [NETWORK_ONLY_HEADER]: '1' }, cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response;
}

/** Every saved set, newest first. */
async function savedSets(): Promise<SavedSet[]> {
  const names = (await caches.keys()).filter((name) => name.startsWith(SAVED_CACHE_PREFIX));
  const sets = await Promise.all(
    names.map(async (name) => {
      const meta = await (await caches.open(name)).match(META_KEY);
      return meta ? ((await meta.json()) as SavedSet) : null;
    }),
  );
  return sets.filter((set): set is SavedSet => set !== null).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/**
 * Fetches every file of `list` into the set's cache, `onProgress` after each; the record of the
 * set is written last, so that a save cut short is never listed as saved (and is removed).
 */
async function saveSet(list: SetList, onProgress: (bytesDone: number, filesDone: number) => void): Promise<SavedSet> {
  const name = savedCacheName(list.kind, list.id);
  await caches.delete(name);
  const cache = await caches.open(name);
  let bytesDone = 0;
  let filesDone = 0;
  let next = 0;
  const worker = async () => {
    while (next < list.files.length) {
      const file = list.files[next++];
      await cache.put(file.url, await fetchForSave(file.url));
      bytesDone += file.bytes;
      filesDone += 1;
      onProgress(bytesDone, filesDone);
    }
  };
  try {
    await Promise.all(Array.from({ length: PARALLEL_FETCHES }, worker));
  } catch (error) {
    await caches.delete(name);
    throw error;
  }
  const saved: SavedSet = { kind: list.kind, id: list.id, title: list.title, home: list.home, version: list.version, bytes: totalBytes(list), files: list.files.length, searchIndex: list.searchIndex, savedAt: new Date().toISOString() };
  await cache.put(META_KEY, new Response(JSON.stringify(saved), { headers: { 'Content-Type': 'application/json' } }));
  return saved;
}

/** The set's list as the site has it now, when the site answers; null with no network. */
async function currentList(url: string): Promise<SetList | null> {
  try {
    return (await (await fetchForSave(url)).json()) as SetList;
  } catch {
    return null;
  }
}

/** Asks the browser to keep saved sets when the device runs short of room, where it can. */
async function askToPersist(): Promise<boolean> {
  return (await navigator.storage?.persist?.()) ?? false;
}

/** A save button: "Lưu …" → the size, to confirm → progress → saved, with a way to remove it. */
function enableSaveButton(root: HTMLElement): void {
  const strings = stringsOf(root);
  const kind = root.dataset.kind as SetList['kind'];
  const id = root.dataset.id!;
  const status = root.querySelector<HTMLElement>('[data-save-status]')!;
  const progress = root.querySelector<HTMLProgressElement>('[data-save-progress]')!;
  const actions = root.querySelector<HTMLElement>('[data-save-actions]')!;
  /** Quiet but for the one that starts a download: a page may hold many of these. */
  const button = (label: string, onClick: () => void, quiet = true) => {
    const made = element('button', quiet ? 'button button--quiet' : 'button', label);
    made.type = 'button';
    made.addEventListener('click', onClick);
    return made;
  };

  const showSaved = (saved: SavedSet) => {
    progress.hidden = true;
    status.textContent = fill(strings.saved, { size: formatBytes(saved.bytes), date: new Date(saved.savedAt).toLocaleDateString('vi-VN') });
    const remove = button(strings.remove, async () => {
      await caches.delete(savedCacheName(kind, id));
      showUnsaved();
    });
    actions.replaceChildren(remove);
    // The site changed since the save: say so, and offer the new version.
    void currentList(root.dataset.list!).then((list) => {
      if (!list || list.version === saved.version) return;
      status.textContent = `${status.textContent} ${strings.outdated}`;
      actions.replaceChildren(button(strings.update, () => void save(list), false), remove);
    });
  };
  const showUnsaved = () => {
    progress.hidden = true;
    status.textContent = '';
    actions.replaceChildren(button(strings.save, () => void offer()));
  };
  const offer = async () => {
    status.textContent = strings.measuring;
    const list = await currentList(root.dataset.list!);
    if (!list) {
      status.textContent = strings.failed;
      return;
    }
    const bytes = totalBytes(list);
    const estimate = await navigator.storage?.estimate?.();
    const room = estimate?.quota !== undefined && estimate.usage !== undefined ? estimate.quota - estimate.usage : null;
    status.textContent = `${fill(strings.size, { size: formatBytes(bytes), files: list.files.length })}${room !== null && room < bytes ? ` ${strings.noRoom}` : ''}`;
    actions.replaceChildren(button(strings.confirm, () => void save(list), false), button(strings.cancel, showUnsaved));
  };
  const save = async (list: SetList) => {
    actions.replaceChildren();
    progress.hidden = false;
    progress.max = totalBytes(list);
    progress.value = 0;
    void askToPersist();
    try {
      const saved = await saveSet(list, (bytesDone, filesDone) => {
        progress.value = bytesDone;
        status.textContent = fill(strings.progress, { done: filesDone, files: list.files.length, size: formatBytes(bytesDone), total: formatBytes(progress.max) });
      });
      showSaved(saved);
    } catch {
      progress.hidden = true;
      status.textContent = strings.failed;
      actions.replaceChildren(button(strings.save, () => void offer()));
    }
  };

  root.hidden = false;
  void (async () => {
    // Looked up by name, not opened: opening would create an empty cache for every button.
    const name = savedCacheName(kind, id);
    const meta = await caches.match(META_KEY, { cacheName: name });
    if (meta) showSaved((await meta.json()) as SavedSet);
    else {
      // A save cut short leaves files without the set's record: they are removed.
      if (await caches.has(name)) await caches.delete(name);
      showUnsaved();
    }
  })();
}

export function enableSaveButtons(): void {
  if (!canSave()) return;
  for (const root of document.querySelectorAll<HTMLElement>('[data-save-offline]')) enableSaveButton(root);
}

/** The offline page's list of what this device holds, with the room it takes and the browser gives. */
export function showSavedList(root: HTMLElement): void {
  if (!canSave()) return;
  const strings = stringsOf(root);
  const list = root.querySelector<HTMLElement>('[data-saved-items]')!;
  const storage = root.querySelector<HTMLElement>('[data-storage]')!;
  root.hidden = false;
  const render = async () => {
    const sets = await savedSets();
    const rows = sets.map((set) => {
      const row = element('li', 'saved__item');
      const link = element('a', undefined, set.title);
      link.href = set.home;
      const remove = element('button', 'button button--quiet', strings.remove);
      remove.type = 'button';
      remove.addEventListener('click', async () => {
        await caches.delete(savedCacheName(set.kind, set.id));
        await render();
      });
      const facts = fill(strings.item, { size: formatBytes(set.bytes), files: set.files, date: new Date(set.savedAt).toLocaleDateString('vi-VN') });
      row.append(element('span', 'saved__kind', strings[`kind.${set.kind}`] ?? set.kind), link, element('span', 'saved__facts', facts), remove);
      return row;
    });
    const items = element('ul', 'saved__list');
    items.append(...rows);
    list.replaceChildren(sets.length === 0 ? element('p', 'saved__empty', strings.empty) : items);
    const estimate = await navigator.storage?.estimate?.();
    const persisted = (await navigator.storage?.persisted?.()) ?? false;
    storage.textContent = [
      estimate?.usage !== undefined && estimate.quota !== undefined ? fill(strings.usage, { used: formatBytes(estimate.usage), quota: formatBytes(estimate.quota) }) : '',
      persisted ? strings.persisted : strings.notPersisted,
    ]
      .filter(Boolean)
      .join(' ');
  };
  void render();
}

/** The search index scripts of the saved sets that carry one, each once. */
export async function savedSearchIndexes(): Promise<string[]> {
  if (!('caches' in window)) return [];
  return [...new Set((await savedSets()).flatMap((set) => (set.searchIndex ? [set.searchIndex] : [])))];
}
