import { z } from 'astro/zod';
import { agencyLevelSchema, idSchema } from './common.ts';

/** A body that issues plans or is assigned tasks (content/agencies/<id>.yaml). */
export const agencySchema = z.strictObject({
  /** Canonical name, in full. */
  name: z.string().min(3),
  /**
   * Other ways the texts write the same body ("UBND tỉnh" for "Ủy ban nhân dân tỉnh"), each with
   * its level or place: a bare generic name would match that body in every locality.
   */
  aliases: z.array(z.string().min(2)).default([]),
  /**
   * Bare names the plans of its own locality use for it ("Ban Xây dựng Đảng" in the commune's own
   * plan); recognised only in plans of that locality.
   */
  localNames: z.array(z.string().min(2)).default([]),
  /** The kind of body, the same across provinces ("Ban Thường vụ Tỉnh ủy", "Sở Y tế"). */
  kind: z.string().min(3),
  /** Level of the body. */
  level: agencyLevelSchema,
  /** Locality id; null for central bodies or when the texts do not name it. */
  locality: idSchema.nullable(),
  /**
   * When the texts leave the body's place unsaid ("UBND huyện" in a plan that names no district):
   * the level of that place. The name stays as the texts write it; pages say the place apart.
   */
  localityUnnamed: z.enum(['province', 'district', 'commune']).optional(),
}).superRefine((agency, ctx) => {
  if (agency.locality !== null && agency.localityUnnamed) {
    ctx.addIssue({ code: 'custom', path: ['localityUnnamed'], message: 'only for a body whose locality the texts do not name (locality: null)' });
  }
  const placed = agency.level === 'province' || agency.level === 'district' || agency.level === 'commune';
  if (placed && agency.locality === null && !agency.localityUnnamed) {
    ctx.addIssue({ code: 'custom', path: ['localityUnnamed'], message: `a ${agency.level} body with no locality must say which place the texts leave unnamed (province, district or commune)` });
  }
  // Only a body of all levels ("… các cấp") can stand in a place of another level than its own.
  if (placed && agency.localityUnnamed && agency.localityUnnamed !== agency.level) {
    ctx.addIssue({ code: 'custom', path: ['localityUnnamed'], message: `a ${agency.level} body's unnamed place is its own ${agency.level}, not a ${agency.localityUnnamed}` });
  }
});

export type AgencyData = z.output<typeof agencySchema>;
