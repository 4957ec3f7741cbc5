/**
 * The library's collections. Each collection is a loader over content/ and one schema from
 * src/schemas/, where every field is documented. References between entries are plain ids,
 * checked by src/lib/model/integrity.ts when the library is assembled.
 *
 * NQ36_CONTENT_DIR points the build at another content folder (the tests' broken fixtures).
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import type { ZodType } from 'astro/zod';
import { schemaIssueProblems } from './lib/compile/source-file.ts';
import { planSchema } from './schemas/plan.ts';
import { documentSchema } from './schemas/document.ts';
import { agencySchema } from './schemas/agency.ts';
import { localitySchema } from './schemas/locality.ts';
import { correctionsSchema } from './schemas/corrections.ts';
import { fieldSchema } from './schemas/field.ts';
import { taskGroupSchema } from './schemas/task-group.ts';

export const contentDir = process.env.NQ36_CONTENT_DIR ?? './content';

/** Ids are file names, kept exactly (Astro would otherwise slugify them). */
const fileNameId = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/(\.corrections)?\.(mdx|ya?ml)$/, '');

/**
 * Astro's glob loader, with each entry checked against its schema first so that a bad entry fails
 * the build with its file and field in plain words, not in the framework's formatting.
 */
function entries(pattern: string, folder: string, schema: ZodType): Loader {
  const loader = glob({ pattern, base: `${contentDir}/${folder}`, generateId: fileNameId });
  return {
    name: 'nq36-entries',
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (entry) => {
          const result = schema.safeParse(entry.data);
          if (!result.success) {
            const where = entry.filePath ?? `${contentDir}/${folder}/${entry.id}`;
            throw new Error(schemaIssueProblems(result.error.issues).map((problem) => `${where}: ${problem}`).join('\n'));
          }
          return context.parseData(entry);
        },
      }),
  };
}

export const collections = {
  plans: defineCollection({
    loader: entries('*.mdx', 'plans', planSchema),
    schema: planSchema,
  }),
  corrections: defineCollection({
    loader: entries('*.corrections.yaml', 'plans', correctionsSchema),
    schema: correctionsSchema,
  }),
  documents: defineCollection({
    loader: entries('*.yaml', 'documents', documentSchema),
    schema: documentSchema,
  }),
  agencies: defineCollection({
    loader: entries('*.yaml', 'agencies', agencySchema),
    schema: agencySchema,
  }),
  fields: defineCollection({
    loader: entries('*.yaml', 'fields', fieldSchema),
    schema: fieldSchema,
  }),
  localities: defineCollection({
    loader: entries('*.yaml', 'localities', localitySchema),
    schema: localitySchema,
  }),
  taskGroups: defineCollection({
    loader: entries('*.yaml', 'task-groups', taskGroupSchema),
    schema: taskGroupSchema,
  }),
};
