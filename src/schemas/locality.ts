import { z } from 'astro/zod';
import { idSchema } from './common.ts';

/** A province, district or commune (content/localities/<id>.yaml). */
export const localitySchema = z.strictObject({
  /** Name without its kind ("Lai Châu", "Nhữ Khê"). */
  name: z.string().min(2),
  /** Administrative kind, in Vietnamese: "tỉnh", "huyện", "xã". */
  kind: z.enum(['tỉnh', 'huyện', 'xã']),
  /** Locality id of the province a district or commune belongs to; null for a province. */
  parent: idSchema.nullable(),
});

export type LocalityData = z.output<typeof localitySchema>;
