/** Print buttons need JavaScript; without it the browser's own Print command does the same. */
export function enablePrintButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print-button]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}
