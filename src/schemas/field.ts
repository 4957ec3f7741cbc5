import { z } from 'astro/zod';

/** A field (lĩnh vực) that tasks belong to (content/fields/<id>.yaml; the id is used in tasks). */
export const fieldSchema = z.strictObject({
  /** Vietnamese name shown on every page. */
  name: z.string().min(2),
  /** What the field covers, in Vietnamese. */
  description: z.string().min(10),
  /** Position in lists and in the coverage matrix (1 first). */
  order: z.number().int().positive(),
});

export type FieldData = z.output<typeof fieldSchema>;
