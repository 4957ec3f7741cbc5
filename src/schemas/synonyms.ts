import { z } from 'astro/zod';
import { syllablesOf } from '../lib/search/text.ts';

const folded = (form: string) => syllablesOf(form).folded.join(' ');

/**
 * The search's list of names written two ways (content/search/synonyms.json): an editor adds a
 * pair there, and both engines find either form from the other, online and offline.
 */
export const synonymsSchema = z
  .strictObject({
    /** For whoever edits the file: what it is for and how to add to it, in Vietnamese. */
    about: z.string().optional(),
    /**
     * Each group is the ways of writing one name: an abbreviation and its full form ("UBND",
     * "Ủy ban nhân dân"), or a word spelt several ways ("vắc-xin", "vắc xin", "vacxin"). Tone
     * marks, case, đ/d and the hyphens, slashes and "&" between syllables do not matter.
     */
    groups: z.array(z.array(z.string().refine((form) => syllablesOf(form).folded.length > 0, 'a form needs a letter or a digit')).min(2, 'a group needs two forms or more')),
    /**
     * Abbreviations of the kinds of document in a number ("NQ" in 36-NQ/TW, "QĐ" in 1671/QĐ-TTg):
     * a query "nq36", "nq 36" or "36nq" is read as the number 36-NQ.
     */
    documentKinds: z.array(z.string().regex(/^\p{L}+$/u, 'letters only, as in a number: "NQ", "CTr", "QĐ"')).min(1),
  })
  .superRefine((data, context) => {
    // A form in two groups would join them silently: one group must say it.
    const groupOf = new Map<string, number>();
    data.groups.forEach((group, index) =>
      group.forEach((form, at) => {
        const key = folded(form);
        const other = groupOf.get(key);
        if (other !== undefined && other !== index) context.addIssue({ code: 'custom', path: ['groups', index, at], message: `"${form}" is already in group ${other}; put the forms of one name in one group` });
        groupOf.set(key, index);
      }),
    );
  });

export type SynonymData = z.input<typeof synonymsSchema>;
