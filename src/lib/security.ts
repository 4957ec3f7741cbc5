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
