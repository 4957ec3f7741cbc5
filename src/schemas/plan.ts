import { z } from 'astro/zod';
import {
  documentTypeSchema,
  groundsSchema,
  idSchema,
  implementsLinkSchema,
  levelSchema,
  partialDateSchema,
} from './common.ts';

/** Who signed the plan, as the signature block gives it. */
export const signerSchema = z.strictObject({
  /** Name as printed; null when the block has none. */
  name: z.string().min(1).nullable(),
  /** Title of the signer, e.g. "Phó Bí thư", "Phó Chủ tịch". */
  title: z.string().min(1),
  /** On whose behalf, as printed: "T/M Ban Thường vụ", "TM. Ủy ban nhân dân; KT. Chủ tịch". */
  capacity: z.string().min(1).nullable(),
});

/**
 * Frontmatter of a plan held by the library (content/plans/<id>.mdx). Facts come from the
 * plan's own text; anything else is null, or an inference with its grounds.
 */
export const planSchema = z
  .strictObject({
    /** The document's title as written, in sentence case: type then summary (trích yếu). */
    title: z.string().min(10),
    /** Kind of document, in the text's words. */
    type: documentTypeSchema,
    /** Number as printed ("35-CTr/TU"); null when the text gives none. */
    number: z.string().min(3).nullable(),
    /** Date of issue as precise as the text gives it; null when the text gives none. */
    issued: partialDateSchema.nullable(),
    /** When `issued` is null: the earliest date the text allows, and why. */
    issuedAfter: z.strictObject({ date: partialDateSchema, grounds: groundsSchema }).optional(),
    /** Agency id of the issuing body (content/agencies/). */
    issuer: idSchema,
    /** Level of the issuing body. */
    level: levelSchema,
    /** Locality id the plan covers (content/localities/); null when the text does not name it. */
    locality: idSchema.nullable(),
    /** When `locality` is null: the locality we infer, and why. */
    localityInferred: z.strictObject({ locality: idSchema, grounds: groundsSchema }).optional(),
    /** The signature block; null when the text has none. */
    signer: signerSchema.nullable(),
    /** The documents this plan carries out, in the order the text names them. */
    implements: z.array(implementsLinkSchema).min(1, 'a plan carries out at least one document'),
    /** When the text gives no number: the cited document this plan probably is, and why. */
    identifiedAs: z
      .strictObject({ document: idSchema, inferred: z.literal(true), grounds: groundsSchema })
      .optional(),
    /** Ids of every other document the text names (content/documents/). */
    cites: z.array(idSchema).default([]),
    /**
     * Task groups of 36-NQ/TW for the sections of part III whose headings do not say which they
     * take up (see src/lib/model/task-groups.ts): an editor's judgment, with its grounds.
     */
    taskGroups: z
      .array(z.strictObject({ section: z.string().min(1), groups: z.array(idSchema), grounds: groundsSchema }))
      .default([]),
    /** The "Nơi nhận" list as printed, one entry per recipient. */
    recipients: z.array(z.string().min(1)).default([]),
    /** File name of the raw text in shared/seeds/ the plan was written from. */
    source: z.string().regex(/^[\w.-]+\.txt$/, 'must be a seed file name such as "003_91b362cc3e752405.txt"'),
  })
  .superRefine((plan, ctx) => {
    plan.implements.forEach((link, index) => {
      if (link.inferred && !link.grounds) {
        ctx.addIssue({ code: 'custom', path: ['implements', index, 'grounds'], message: 'an inferred link needs its grounds' });
      }
    });
    if (plan.issued !== null && plan.issuedAfter) {
      ctx.addIssue({ code: 'custom', path: ['issuedAfter'], message: 'only for a plan whose date the text does not give' });
    }
    if (plan.locality !== null && plan.localityInferred) {
      ctx.addIssue({ code: 'custom', path: ['localityInferred'], message: 'only for a plan whose locality the text does not name' });
    }
  });

export type PlanData = z.output<typeof planSchema>;
