import { z } from 'astro/zod';

/** One repair of scanning or text-extraction damage (see src/lib/compile/seed-text.ts). */
export const repairSchema = z.strictObject({
  /** The damaged text as it stands in the seed once its lines are joined. */
  from: z.string().min(1),
  /** The repaired text as the plan shows it ("" for removed debris). */
  to: z.string(),
  /** Occurrences of `from` when the repair is applied. */
  count: z.number().int().positive(),
  /** `ocr`: misread by character recognition; `extraction`: broken by PDF text extraction. */
  kind: z.enum(['ocr', 'extraction']),
  /** Proposed by the importer and not yet confirmed by an editor against the original. */
  proposed: z.literal(true).optional(),
});

/** The corrections record beside a plan (content/plans/<id>.corrections.yaml). */
export const correctionsSchema = z.strictObject({
  /** Repairs, applied in order. */
  repairs: z.array(repairSchema).default([]),
  /** What looks wrong but is the authors' own, kept as written. */
  kept: z.array(z.strictObject({ text: z.string().min(1), note: z.string().min(5) })).default([]),
});

export type CorrectionsData = z.output<typeof correctionsSchema>;
