/**
 * The reading comforts of a plan's text: a section's link copies its full address (cadres share
 * sections in chat), and the contents mark the section being read.
 */
export function enableSectionLinks(root: HTMLElement): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('[data-copy-link]')) {
    link.addEventListener('click', async (event) => {
      event.preventDefault();
      const address = new URL(`#${link.dataset.copyLink}`, location.href).href;
      const label = link.querySelector<HTMLElement>('[data-copy-label]')!;
      const before = label.textContent;
      try {
        await navigator.clipboard.writeText(address);
        label.textContent = link.dataset.copied!;
      } catch {
        // No clipboard (an address without https): the address bar holds the link to copy.
        history.replaceState(null, '', address);
        label.textContent = link.dataset.inAddressBar!;
      }
      setTimeout(() => (label.textContent = before), 2500);
    });
  }
}

/** Marks in the contents (aria-current) the last section whose heading has scrolled past the top. */
export function followReadingInContents(root: HTMLElement, contents: HTMLElement): void {
  const links = new Map([...contents.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((link) => [link.hash.slice(1), link]));
  const headings = [...root.querySelectorAll<HTMLElement>('h2[id], h3[id]')].filter((heading) => links.has(heading.id));
  if (headings.length === 0) return;
  const mark = () => {
    const current = headings.filter((heading) => heading.getBoundingClientRect().top < 120).at(-1) ?? headings[0];
    for (const [id, link] of links) {
      if (id === current.id) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  };
  let pending = false;
  addEventListener('scroll', () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      mark();
    });
  }, { passive: true });
  mark();
}
