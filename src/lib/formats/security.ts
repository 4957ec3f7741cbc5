/**
 * The Content Security Policy of every page (a meta tag, for static hosting): everything from the
 * site itself, nothing inline but style attributes (the print header's custom property, Shiki's
 * colours), WebAssembly for Pagefind, no plugins, no framing of forms elsewhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The policy of the portable copy, opened from a disk: a file:// page has no origin for 'self' to
 * name in every browser, so its own files are allowed as file:. Nothing inline runs and nothing
 * is fetched: the copy's search reads its index from a script file.
 */
export const OFFLINE_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' file:",
  "style-src 'self' file:",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' file: data:",
  "font-src 'self' file:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self' file:",
].join('; ');
