import { z } from 'astro/zod';
import { idSchema, levelSchema } from './common.ts';

/** A body that issues plans or is assigned tasks (content/agencies/<id>.yaml). */
export const agencySchema = z.strictObject({
  /** Canonical name, in full. */
  name: z.string().min(3),
  /** Other ways the texts write the same body ("UBND tỉnh" for "Ủy ban nhân dân tỉnh"). */
  aliases: z.array(z.string().min(2)).default([]),
  /** The kind of body, the same across provinces ("Ban Thường vụ Tỉnh ủy", "Sở Y tế"). */
  kind: z.string().min(3),
  /** Level of the body. */
  level: levelSchema,
  /** Locality id; null for central bodies or when the texts do not name it. */
  locality: idSchema.nullable(),
});

export type AgencyData = z.output<typeof agencySchema>;
