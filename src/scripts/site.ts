/** Where the site lives, for scripts: its base path (set on <html data-base> by BaseLayout). */
export function sitePath(path: string): string {
  const base = document.documentElement.dataset.base ?? '/';
  return `${base.replace(/\/$/, '')}${path}`;
}
