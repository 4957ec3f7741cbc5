import { z } from 'astro/zod';
import { isValidPartialDate } from '../lib/model/dates.ts';

/** Government level a document or agency belongs to. */
export const levelSchema = z
  .enum(['central', 'province', 'district', 'commune'])
  .describe('central (Trung ương), province (tỉnh), district (huyện, until 07/2025), commune (xã).');

/** Level of an agency: one level, or "các cấp" for a body named at every level at once. */
export const agencyLevelSchema = z
  .enum(['central', 'province', 'district', 'commune', 'all'])
  .describe('As levelSchema, plus all (các cấp): "Mặt trận Tổ quốc và các đoàn thể các cấp".');

/** A date as precise as the text gives it: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const partialDateSchema = z.preprocess(
  // YAML reads an unquoted 2023-05-05 as a Date; take it back as the day it names.
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().refine(isValidPartialDate, {
    message: 'not a real date: write YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2023-01-30)',
  }),
);

/** An entry id: ASCII kebab-case, the same as a file name. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an ASCII kebab-case id such as "36-nq-tw"');

/**
 * Why we believe what the text does not say. Every inference carries its grounds so the site
 * can show them beside it.
 */
export const groundsSchema = z.string().min(20, 'grounds must explain the inference in a full sentence');

/** Kinds of document, in the texts' own words. */
export const documentTypeSchema = z.enum([
  'Nghị quyết',
  'Chương trình hành động',
  'Kế hoạch',
  'Chỉ thị',
  'Kết luận',
  'Quyết định',
]);

/** A link from one document to the document it carries out. */
export const implementsLinkSchema = z.strictObject({
  /** Id of the document or held plan carried out (content/documents/ or content/plans/). */
  document: idSchema,
  /** True when the text does not state the link and we infer it; `grounds` then says why. */
  inferred: z.boolean().default(false),
  /** Why the link is inferred; required when `inferred` is true. */
  grounds: groundsSchema.optional(),
});
