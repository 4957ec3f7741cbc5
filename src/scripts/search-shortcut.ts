/** "/" anywhere outside a text field jumps to the header search box, as on most reference sites. */
export function enableSearchShortcut(): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
    if (event.key !== '/' || typing || event.ctrlKey || event.metaKey || event.altKey) return;
    const input = document.querySelector<HTMLInputElement>('#search-box-input');
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
