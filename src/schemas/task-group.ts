import { z } from 'astro/zod';

/**
 * A group of the tasks and solutions of Resolution 36-NQ/TW (content/task-groups/<id>.yaml). The
 * plans mirror these groups in their part III; a section whose heading holds one of `terms` is
 * mapped to the group from its own words, any other mapping is an editor's judgment written in
 * the plan's `taskGroups`.
 */
export const taskGroupSchema = z.strictObject({
  /** Vietnamese name shown on every page. */
  name: z.string().min(3),
  /** What the group covers, in Vietnamese. */
  description: z.string().min(10),
  /** Position in the matrix (1 first), the order of the resolution. */
  order: z.number().int().positive(),
  /** Words of a section heading that place the section in the group, in lower case. */
  terms: z.array(z.string().min(3)).min(1),
});

export type TaskGroupData = z.output<typeof taskGroupSchema>;
