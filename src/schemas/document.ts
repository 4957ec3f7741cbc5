import { z } from 'astro/zod';
import { documentTypeSchema, idSchema, implementsLinkSchema, levelSchema, partialDateSchema } from './common.ts';

/**
 * A document the plans cite but the library does not hold (content/documents/<id>.yaml), with
 * only what the plans' texts say of it.
 */
export const documentSchema = z.strictObject({
  /** Number as the texts write it ("36-NQ/TW"). */
  number: z.string().min(3),
  /** Kind of document, as the texts call it. */
  type: documentTypeSchema,
  /** Summary (trích yếu) as the texts give it; null when they give none. */
  title: z.string().min(5).nullable(),
  /** Date of issue as precise as the texts give it; null when they do not. */
  issued: partialDateSchema.nullable(),
  /** Agency id of the issuer, when the texts name it exactly. */
  issuer: idSchema.nullable(),
  /** The issuer in the texts' words, when they name it only partly ("Ban Thường vụ Tỉnh ủy"). */
  issuerAsWritten: z.string().min(3).optional(),
  /** Level of the issuer. */
  level: levelSchema,
  /** Locality id; null for central documents or when the texts do not name it. */
  locality: idSchema.nullable(),
  /** Documents this one carries out, as the texts say. */
  implements: z.array(implementsLinkSchema).default([]),
  /** What the plans' texts say of this document, in Vietnamese, quoting them. */
  known: z.string().min(10),
});

export type DocumentData = z.output<typeof documentSchema>;
