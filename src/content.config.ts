/**
 * The library's collections. Each collection is a loader over content/ and one schema from
 * src/schemas/, where every field is documented. References between entries are plain ids,
 * checked by src/lib/integrity.ts when the library is assembled.
 *
 * NQ36_CONTENT_DIR points the build at another content folder (the tests' broken fixtures).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { planSchema } from './schemas/plan.ts';
import { documentSchema } from './schemas/document.ts';
import { agencySchema } from './schemas/agency.ts';
import { localitySchema } from './schemas/locality.ts';
import { correctionsSchema } from './schemas/corrections.ts';
import { fieldSchema } from './schemas/field.ts';

const contentDir = process.env.NQ36_CONTENT_DIR ?? './content';

/** Ids are file names, kept exactly (Astro would otherwise slugify them). */
const fileNameId = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/(\.corrections)?\.(mdx|ya?ml)$/, '');

export const collections = {
  plans: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${contentDir}/plans`, generateId: fileNameId }),
    schema: planSchema,
  }),
  corrections: defineCollection({
    loader: glob({ pattern: '*.corrections.yaml', base: `${contentDir}/plans`, generateId: fileNameId }),
    schema: correctionsSchema,
  }),
  documents: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentDir}/documents`, generateId: fileNameId }),
    schema: documentSchema,
  }),
  agencies: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentDir}/agencies`, generateId: fileNameId }),
    schema: agencySchema,
  }),
  fields: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentDir}/fields`, generateId: fileNameId }),
    schema: fieldSchema,
  }),
  localities: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentDir}/localities`, generateId: fileNameId }),
    schema: localitySchema,
  }),
};
