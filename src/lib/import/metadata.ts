/**
 * The facts a plan's own text states about it: kind, number, date, place, issuer, signer, the
 * document it carries out and those it names. Nothing is guessed: a fact the text does not give
 * stays null, and the one inference drafted (the earliest date of issue) carries its grounds.
 */
import type { PlanData } from '../../schemas/plan.ts';
import { foldVietnamese } from '../model/vietnamese.ts';
import { isPersonName, kindOf, type PlanSkeleton } from './skeleton.ts';

/** Official titles as written in sentence case, for signature blocks in capitals. */
const TITLES = ['Phó Bí thư Thường trực', 'Phó Bí thư', 'Bí thư', 'Phó Chủ tịch Thường trực', 'Phó Chủ tịch', 'Chủ tịch', 'Trưởng ban', 'Phó Trưởng ban', 'Giám đốc', 'Phó Giám đốc'];
/** Bodies as written in sentence case, for capacities in capitals ("T/M BAN THƯỜNG VỤ"). */
const BODIES = ['Ban Thường vụ', 'Ban Chấp hành', 'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Đảng ủy', 'Tỉnh ủy', 'Huyện ủy', 'Chủ tịch', 'Bí thư'];

const foldKey = (text: string) => foldVietnamese(text).toLowerCase().replace(/\s+/g, ' ').trim();

/** Text in capitals set in the case the text itself uses elsewhere, or in sentence case. */
function recase(capitals: string, known: readonly string[], body: string): string {
  const match = known.find((phrase) => foldKey(phrase) === foldKey(capitals));
  if (match) return match;
  const lower = capitals.toLowerCase();
  const at = body.toLowerCase().indexOf(lower);
  if (at !== -1) return body.slice(at, at + capitals.length);
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

export interface HeadFacts {
  number: string | null;
  issued: string | null;
  /** The place of the date line ("Lai Châu"). */
  place: string | null;
}

export function headFacts(head: readonly string[]): HeadFacts {
  let number: string | null = null;
  let issued: string | null = null;
  let place: string | null = null;
  for (const line of head) {
    const numbered = /^Số\s*:?\s*(\S+)/u.exec(line);
    if (numbered && !number) number = numbered[1].replace(/[,.;]$/u, '');
    const dated = /^(?:([^,]{2,40}),\s*)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(line);
    if (dated && !issued) {
      issued = `${dated[4]}-${dated[3].padStart(2, '0')}-${dated[2].padStart(2, '0')}`;
      place = dated[1]?.trim() ?? null;
    }
  }
  return { number, issued, place };
}

/** The title in sentence case: the kind, then the summary as written ("Kế hoạch thực hiện …"). */
export function titleOf(skeleton: PlanSkeleton, bodyText: string): { type: PlanData['type']; title: string } {
  const type = kindOf(skeleton.kindLine.text) as PlanData['type'];
  const parts = skeleton.titleBlocks.map((block) => (/\p{Ll}/u.test(block) ? block : recase(block, BODIES, bodyText)));
  const summary = parts.join(' ').replace(/^\p{Lu}(?=\p{Ll})/u, (first) => first.toLowerCase());
  return { type, title: summary ? `${type} ${summary}` : type };
}

/** The signer as the signature block gives them. */
export function signerOf(lines: readonly string[], bodyText: string): PlanData['signer'] {
  if (lines.length === 0) return null;
  const name = lines.length > 1 && isPersonName(lines.at(-1)!) ? lines.at(-1)! : null;
  const block = name ? lines.slice(0, -1) : [...lines];
  const capacityLines = block.filter((line) => /^(?:T\/M|TM\.?|KT\.?|TL\.?|TUQ\.?|Q\.)\s/u.test(line));
  const titleLines = block.filter((line) => !capacityLines.includes(line));
  if (titleLines.length === 0) return null;
  const capacity = capacityLines
    .map((line) => {
      const [, mark, rest] = /^(\S+)\s+(.*)$/u.exec(line)!;
      return `${mark} ${recase(rest, BODIES, bodyText)}`;
    })
    .join('; ');
  return { name, title: recase(titleLines.join(' '), TITLES, bodyText), capacity: capacity || null };
}

/** The bodies that say they issue the plan: "Ban Thường vụ Huyện ủy xây dựng kế hoạch …". */
export function issuerPhrase(skeleton: PlanSkeleton): string | null {
  const preamble = skeleton.preamble.map((block) => block.text).join(' ');
  const issuing = /(?:^|[;,)]\s*|\.\s+)([^;,.()]{3,80}?)\s+(?:xây dựng|ban hành)\s+(?:kế hoạch|chương trình)/iu.exec(preamble);
  if (issuing) return issuing[1];
  const ownCapitals = skeleton.titleBlocks.find((block) => /^CỦA\s/u.test(block));
  return ownCapitals ? ownCapitals.replace(/^CỦA\s+/u, '') : null;
}
