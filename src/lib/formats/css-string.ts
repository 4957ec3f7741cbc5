/** `text` as a CSS string on one line, for what print.css writes in the page margins (content: var(…)). */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\s+/g, ' ')}"`;
}
