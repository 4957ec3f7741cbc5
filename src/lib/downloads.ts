/**
 * What a reader takes away from a plan's page, made when the site is built: the plan as a Word file
 * (formats/docx.ts, from its compiled text) and the raw text it was edited from (content/sources/).
 * The page shows each file's size and the build writes the file itself; a Word file is made once
 * for both, whichever comes first, and let go once written, so that a large library does not hold
 * every Word file in memory.
 */
import { readFileSync } from 'node:fs';
import { getLibrary, sourceTextBytes } from './content.ts';
import { compilePlanTree } from './compile/plan-tree.ts';
import { headFacts, planWordFile } from './formats/docx.ts';
import { planMetadata } from './model/plan-view.ts';
import { publicAddress, routes } from './model/routes.ts';
import { t } from '../i18n/t.ts';

export const WORD_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A file offered for download: where it is and how many bytes it weighs. */
export interface Download {
  url: string;
  bytes: number;
}

async function makeWordFile(id: string): Promise<Uint8Array<ArrayBuffer>> {
  const library = await getLibrary();
  const plan = library.plan(id);
  if (!plan) throw new Error(`unknown plan "${id}"`);
  // The public origin and base the site is built for (astro.config.mjs); without Vite, paths from the root.
  const site: string | undefined = import.meta.env?.SITE;
  const base: string = import.meta.env?.BASE_URL ?? '/';
  const address = site ? publicAddress(site, routes.plan(id)) : routes.plan(id);
  return planWordFile({
    tree: compilePlanTree(readFileSync(plan.file, 'utf8'), plan.file, base, t),
    file: plan.file,
    title: plan.data.title,
    facts: headFacts(planMetadata(library, id, t), t),
    address,
    site: site ?? null,
    t,
  });
}

/** Word files made for a page and not yet written, and the size of every one made. */
const unwritten = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
const sizes = new Map<string, number>();

function makeAndMeasure(id: string): Promise<Uint8Array<ArrayBuffer>> {
  const file = makeWordFile(id);
  void file.then((bytes) => sizes.set(id, bytes.length), () => undefined);
  return file;
}

/** A plan's Word file, for the build to write. */
export async function wordFileOf(id: string): Promise<Uint8Array<ArrayBuffer>> {
  const file = unwritten.get(id) ?? makeAndMeasure(id);
  unwritten.delete(id);
  return file;
}

/** The downloads a plan's page offers, with their sizes. */
export async function downloadsOf(id: string, source: string): Promise<{ word: Download; source: Download }> {
  let bytes = sizes.get(id);
  if (bytes === undefined) {
    const file = makeAndMeasure(id);
    unwritten.set(id, file);
    bytes = (await file).length;
  }
  return {
    word: { url: routes.planWord(id), bytes },
    source: { url: routes.sourceText(source), bytes: sourceTextBytes(source) },
  };
}
