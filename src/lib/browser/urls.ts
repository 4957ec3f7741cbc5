/**
 * The pages link by root paths under the base (routes.ts: "/nq36/van-ban/x/#iii"). The copy that
 * opens from a USB stick has no host to serve them: these helpers find those paths in its files,
 * take the base off, and make them relative to each file.
 */

/** Every root path in the HTML's href, src, action and cite attributes, rewritten by `to`. */
export function rewriteRootUrls(html: string, to: (path: string) => string): string {
  return html.replace(/(\s(?:href|src|action|cite)=")(\/(?!\/)[^"]*)"/g, (_, attribute: string, path: string) => `${attribute}${to(path)}"`);
}

/** Every root path in a stylesheet's url(), rewritten by `to`. */
export function rewriteCssUrls(css: string, to: (path: string) => string): string {
  return css.replace(/url\((["']?)(\/(?!\/)[^"')]*)\1\)/g, (_, quote: string, path: string) => `url(${quote}${to(path)}${quote})`);
}

/** A path under a base, as a root path of the site ("/nq36/van-ban/x/" → "/van-ban/x/"). */
export function withoutBase(base: string, path: string): string {
  const prefix = base.replace(/\/$/, '');
  return prefix && path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
}

/**
 * A root path as a link that works from the file `fromFile` (a path in the site such as
 * "van-ban/x/index.html") on a disk: relative, and naming index.html where a folder is meant.
 */
export function relativeUrl(fromFile: string, path: string): string {
  const [, pathname, suffix] = /^([^?#]*)(.*)$/.exec(path)!;
  const target = (pathname.endsWith('/') ? `${pathname}index.html` : pathname).replace(/^\//, '').split('/');
  const from = fromFile.split('/').slice(0, -1);
  let common = 0;
  while (common < from.length && common < target.length - 1 && from[common] === target[common]) common += 1;
  const up = from.length - common;
  return `${'../'.repeat(up)}${target.slice(common).join('/')}${suffix}`;
}
