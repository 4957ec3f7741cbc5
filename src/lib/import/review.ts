/**
 * The review list an editor works through after an import: every guess with the words it came
 * from and how sure the importer is, the least sure first.
 */
import type { ImportResult, ReviewItem } from './draft.ts';

const percent = (confidence: number) => `${Math.round(confidence * 100)}%`;

/** The review list as a Markdown file beside the draft. */
export function reviewMarkdown(result: ImportResult): string {
  const lines = [
    `# Danh sách kiểm tra bản nháp ${result.id}`,
    '',
    'Mỗi dòng là một điều công cụ nhập đoán, kèm câu gốc và độ tin cậy; điều ít chắc chắn nhất đứng đầu.',
    'Sửa trong tệp .mdx hoặc .yaml tương ứng, rồi chạy lại `npm run build`.',
    '',
    ...result.review.map((item) => `- **${percent(item.confidence)}** ${escape(item.guess)}${item.line ? ` (dòng ${item.line})` : ''}\n  > ${escape(item.sentence)}`),
    '',
  ];
  return lines.join('\n');
}

/** The first items of the list for the terminal, and how many there are. */
export function reviewSummary(review: readonly ReviewItem[], shown = 15): string {
  const head = review.slice(0, shown).map((item) => `  ${percent(item.confidence).padStart(4)}  ${item.guess}\n        « ${item.sentence.slice(0, 140)} »`);
  return [`Cần kiểm tra ${review.length} điều (ít chắc chắn nhất trước):`, ...head, review.length > shown ? `  … và ${review.length - shown} điều nữa trong tệp .review.md` : ''].join('\n');
}

/** Markdown marks in quoted text would format the list; show them as written. */
const escape = (text: string) => text.replace(/[\\`*_[\]<>#|]/g, (char) => `\\${char}`);
