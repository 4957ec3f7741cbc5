/** Prints a page to an A4 PDF as Chromium's print does, and reads its text back with pdftotext. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export interface PrintedPdf {
  pages: string[];
  text: string;
}

export async function printToPdf(page: Page): Promise<PrintedPdf> {
  await page.evaluate(() => document.fonts.ready);
  const dir = mkdtempSync(join(tmpdir(), 'nq36-print-'));
  try {
    const file = join(dir, 'page.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    // pdftotext separates pages with a form feed.
    const pages = text.split('\f').filter((pageText) => pageText.trim().length > 0);
    return { pages, text: text.replace(/\s+/g, ' ') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
