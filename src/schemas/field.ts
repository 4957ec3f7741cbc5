import { z } from 'astro/zod';

/** A field (lĩnh vực) that tasks belong to (content/fields/<id>.yaml; the id is used in tasks). */
export const fieldSchema = z.strictObject({
  /** Vietnamese name shown on every page. */
  name: z.string().min(2),
  /** What the field covers, in Vietnamese. */
  description: z.string().min(10),
  /** Position in lists and in the coverage matrix (1 first). */
  order: z.number().int().positive(),
  /**
   * Words that name the field in a task's text, in lower case. A task may be given the field
   * (asked for or mentioned) only when its own text holds one of them.
   */
  terms: z.array(z.string().min(2)).min(1),
  /**
   * Set phrases in which a term asks no work in the field: "bảo đảm quốc phòng, an ninh" closes
   * many tasks, "hợp tác xã" is a cooperative, not cooperation. A term inside one does not make
   * the field asked for.
   */
  stockPhrases: z.array(z.string().min(2)).default([]),
});

export type FieldData = z.output<typeof fieldSchema>;
