/** Document numbers as the texts write them, and their resolution to the library's documents. */

/**
 * Party numbering ("36-NQ/TW", "88-CTr/TU", "114-KH/TU") and state numbering ("189/NQ-CP",
 * "1671/QĐ-TTg", "12/KH-UBND").
 */
export const DOCUMENT_NUMBER =
  /(?<![\p{L}\d/-])(?:\d+-(?:NQ|CTr|KH|CT|KL|QĐ)\/(?:TW|TU|HU|ĐU|QU|BCĐ)|\d+\/(?:NQ|QĐ|KH|CT|CTr)-(?:CP|TTg|UBND|HĐND|BCĐ))(?![\p{L}\d])/gu;

/** Every document number written in a text, in order, each once. */
export function numbersIn(text: string): string[] {
  return [...new Set([...text.matchAll(DOCUMENT_NUMBER)].map((match) => match[0]))];
}
