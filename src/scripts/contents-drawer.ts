/**
 * Deep in a long plan on a phone, the contents stay one tap away: once the contents above the text
 * have scrolled out of view, a tab at the screen's edge opens them in a drawer (a modal dialog:
 * Escape or a tap beside it closes it, focus comes back to the tab). Choosing a section closes the
 * drawer, goes there and puts the keyboard's focus there.
 */
export function enableContentsDrawer(contents: HTMLElement, open: HTMLButtonElement, drawer: HTMLDialogElement): void {
  // On every scroll, not on crossings (IntersectionObserver): a jump to a section passes the contents unseen.
  const showOncePassed = () => (open.hidden = contents.getBoundingClientRect().bottom > 0);
  let pending = false;
  addEventListener(
    'scroll',
    () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        showOncePassed();
      });
    },
    { passive: true },
  );
  showOncePassed();

  open.addEventListener('click', () => {
    drawer.showModal();
    // Open where the reader is: the section being read, marked by followReadingInContents.
    const current = drawer.querySelector<HTMLAnchorElement>('a[aria-current]');
    current?.scrollIntoView({ block: 'center' });
    current?.focus();
  });
  drawer.querySelector('[data-contents-close]')!.addEventListener('click', () => drawer.close());
  drawer.addEventListener('click', (event) => {
    // The sheet fills the dialog, so a click on the dialog itself is one on the backdrop.
    if (event.target === drawer) drawer.close();
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[href^="#"]');
    if (!link) return;
    drawer.close();
    // After the browser has gone to the section (the link's own action), the focus follows.
    requestAnimationFrame(() => {
      const section = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (!section) return;
      if (!section.hasAttribute('tabindex')) section.setAttribute('tabindex', '-1');
      section.focus({ preventScroll: true });
    });
  });
}
