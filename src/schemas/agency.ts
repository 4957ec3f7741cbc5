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
});

export type AgencyData = z.output<typeof agencySchema>;
