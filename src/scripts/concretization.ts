/**
 * The parent's text beside each section: collapsed on a phone (one column), open where the
 * screen has room for two, and open on paper, since a closed <details> prints closed.
 */
const ROOMY = '(min-width: 60rem)';

export function showParentTextsWhenRoomy(): void {
  const parents = () => [...document.querySelectorAll<HTMLDetailsElement>('[data-parent-text]')];
  const roomy = matchMedia(ROOMY);
  const follow = () => parents().forEach((details) => (details.open = roomy.matches));
  follow();
  roomy.addEventListener('change', follow);
  addEventListener('beforeprint', () => parents().forEach((details) => (details.open = true)));
  addEventListener('afterprint', follow);
}
