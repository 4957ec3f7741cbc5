/** Small DOM builders for the site's scripts. Text goes in as text, never as HTML. */

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** `text` with each [start, end) range wrapped in <mark>; overlapping ranges are skipped. */
export function withMarks(text: string, ranges: readonly [number, number][], className?: string): { fragment: DocumentFragment; marks: number } {
  const fragment = document.createDocumentFragment();
  let last = 0;
  let marks = 0;
  for (const [start, end] of ranges) {
    if (start < last) continue;
    fragment.append(text.slice(last, start), element('mark', className, text.slice(start, end)));
    last = end;
    marks += 1;
  }
  fragment.append(text.slice(last));
  return { fragment, marks };
}
