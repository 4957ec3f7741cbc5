/**
 * Study packet in the browser: the "Thêm vào tập tài liệu" buttons on plan pages, and the packet
 * page that orders the picked sections and assembles them, with a cover, for printing.
 */
import { PACKET_KEY, PACKET_TITLE_KEY, hasItem, moveItem, packetTitle, parsePacket, toggleItem, type PacketItem } from '../lib/browser/packet.ts';
import { routes } from '../lib/model/routes.ts';
import { cssString } from '../lib/formats/css-string.ts';
import { element } from './dom.ts';

const load = () => parsePacket(localStorage.getItem(PACKET_KEY));
const save = (items: PacketItem[]) => localStorage.setItem(PACKET_KEY, JSON.stringify(items));
const loadTitle = () => packetTitle(localStorage.getItem(PACKET_TITLE_KEY));

/** Shows the packet buttons under each heading of a plan, and the packet's size beside its link. */
export function enhancePlanPage(text: HTMLElement): void {
  const strings = JSON.parse(text.dataset.packetStrings ?? '{}') as Record<string, string>;
  const plan = text.dataset.planId!;
  const planName = text.dataset.planName!;
  const link = document.querySelector<HTMLAnchorElement>('[data-packet-link]');
  const linkLabel = link?.textContent ?? '';
  const refresh = () => {
    const items = load();
    for (const button of text.querySelectorAll<HTMLButtonElement>('[data-packet-add]')) {
      const inPacket = hasItem(items, { plan, section: button.dataset.packetAdd! });
      button.setAttribute('aria-pressed', String(inPacket));
      button.textContent = inPacket ? strings.added : strings.add;
    }
    if (link) link.textContent = items.length > 0 ? `${linkLabel} (${items.length})` : linkLabel;
  };
  for (const button of text.querySelectorAll<HTMLButtonElement>('[data-packet-add]')) {
    button.hidden = false;
    const heading = button.closest('[data-section-tools]')?.previousElementSibling;
    button.addEventListener('click', () => {
      save(toggleItem(load(), { plan, section: button.dataset.packetAdd!, planName, title: heading?.textContent?.trim() ?? '' }));
      refresh();
    });
  }
  addEventListener('storage', refresh);
  refresh();
}

/** The packet page: an editable list and title on screen, and the assembled packet for print. */
export function startPacketPage(root: HTMLElement): void {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>;
  const editor = root.querySelector<HTMLElement>('[data-packet-editor]')!;
  const list = root.querySelector<HTMLOListElement>('[data-packet-list]')!;
  const contents = root.querySelector<HTMLOListElement>('[data-packet-contents]')!;
  const sheets = root.querySelector<HTMLElement>('[data-packet-sheets]')!;
  const status = root.querySelector<HTMLElement>('[data-packet-status]')!;
  const cover = root.querySelector<HTMLElement>('[data-packet-cover]')!;
  const titleField = root.querySelector<HTMLElement>('[data-packet-title-field]')!;
  const titleInput = root.querySelector<HTMLInputElement>('[data-packet-title]')!;
  const coverTitle = root.querySelector<HTMLElement>('[data-packet-cover-title]')!;
  const untitled = coverTitle.textContent ?? '';
  const untitledRunningHead = document.documentElement.style.getPropertyValue('--running-title');
  // The typed title heads the cover and, as a CSS string (it is one line: see packetTitle), every printed page.
  const showTitle = () => {
    const title = loadTitle();
    coverTitle.textContent = title || untitled;
    document.documentElement.style.setProperty('--running-title', title ? cssString(title) : untitledRunningHead);
  };
  titleInput.value = loadTitle();
  titleInput.addEventListener('input', () => {
    localStorage.setItem(PACKET_TITLE_KEY, packetTitle(titleInput.value));
    showTitle();
  });
  root.querySelector<HTMLElement>('[data-packet-date]')!.textContent = new Date().toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' });
  // One print view per plan holds all its sections; each is fetched once and shared.
  const printViews = new Map<string, Promise<Document>>();
  const printView = (plan: string) => {
    const url = routes.print(plan);
    if (!printViews.has(url)) {
      printViews.set(
        url,
        fetch(url)
          .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${response.status}`))))
          .then((html) => new DOMParser().parseFromString(html, 'text/html')),
      );
    }
    return printViews.get(url)!;
  };

  const sheetFor = async (item: PacketItem): Promise<Node> => {
    const sheet = element('article', 'print-sheet packet-sheet');
    sheet.dataset.packetSheet = `${item.plan}#${item.section}`;
    try {
      const section = (await printView(item.plan)).getElementById(item.section);
      if (!section?.matches('[data-print-section-view]')) throw new Error('no such section');
      const copy = document.importNode(section, true);
      // Two plans can both have a section "iv": ids stay on the plans' own pages.
      for (const withId of [copy, ...copy.querySelectorAll('[id]')]) withId.removeAttribute('id');
      const text = element('div', 'document');
      text.append(copy);
      sheet.append(text);
    } catch {
      sheet.append(element('h2', undefined, `${item.planName} — ${item.title}`), element('p', undefined, strings.loadError));
    }
    return sheet;
  };

  const button = (label: string, about: string, onClick: () => void, disabled = false) => {
    const control = element('button', 'button button--quiet', label);
    control.type = 'button';
    control.setAttribute('aria-label', `${label}: ${about}`);
    control.disabled = disabled;
    control.addEventListener('click', onClick);
    return control;
  };

  async function render() {
    const items = load();
    list.replaceChildren();
    contents.replaceChildren();
    editor.hidden = false;
    cover.hidden = items.length === 0;
    titleField.hidden = items.length === 0;
    showTitle();
    root.querySelector<HTMLElement>('[data-packet-empty]')!.hidden = items.length > 0;
    root.querySelector<HTMLButtonElement>('[data-packet-print]')!.disabled = items.length === 0;
    root.querySelector<HTMLButtonElement>('[data-packet-clear]')!.disabled = items.length === 0;
    items.forEach((item, index) => {
      const row = element('li', 'packet-editor__item');
      row.dataset.item = `${item.plan}#${item.section}`;
      const label = element('span', 'packet-editor__label');
      label.append(element('strong', undefined, item.title), ` — ${item.planName}`);
      row.append(
        label,
        button(strings.up, item.title, () => (save(moveItem(load(), index, -1)), void render()), index === 0),
        button(strings.down, item.title, () => (save(moveItem(load(), index, 1)), void render()), index === items.length - 1),
        button(strings.remove, item.title, () => (save(load().filter((_, i) => i !== index)), void render())),
      );
      list.append(row);
      contents.append(element('li', undefined, `${item.planName}: ${item.title}`));
    });
    status.textContent = items.length > 0 ? strings.loading : '';
    const nodes = await Promise.all(items.map(sheetFor));
    if (JSON.stringify(load()) !== JSON.stringify(items)) return;
    sheets.replaceChildren(...nodes);
    status.textContent = '';
    root.dataset.ready = String(items.length);
  }

  root.querySelector<HTMLButtonElement>('[data-packet-print]')!.addEventListener('click', () => window.print());
  root.querySelector<HTMLButtonElement>('[data-packet-clear]')!.addEventListener('click', () => {
    save([]);
    localStorage.removeItem(PACKET_TITLE_KEY);
    titleInput.value = '';
    void render();
  });
  addEventListener('storage', () => {
    // Another tab changed the packet; what is being typed here wins over its title.
    if (document.activeElement !== titleInput) titleInput.value = loadTitle();
    void render();
  });
  void render();
}
