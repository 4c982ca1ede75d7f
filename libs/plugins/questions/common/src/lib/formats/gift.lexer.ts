import type { QuestionTextFormat } from '@tunas/shared/plugin-sdk';

/** One question's lines, as Moodle cuts a GIFT file: at every blank line. */
export interface GiftBlock {
  /** The question's text without its comment lines, escapes replaced by placeholders, trimmed. */
  text: string;
  /** The `//` lines before and inside the question, where Moodle reads `[tag:...]` and `[id:...]`. */
  comment: string;
  /** 1-based line of the first line that is not a comment. */
  line: number;
}

// Private-use characters stand for escaped control characters while the question is cut into parts, as
// Moodle's escapedchar_pre/post do with its "&&058;" placeholders.
const ESCAPES: ReadonlyArray<readonly [escaped: string, placeholder: string, character: string]> = [
  ['\\:', '\uE001', ':'],
  ['\\#', '\uE002', '#'],
  ['\\=', '\uE003', '='],
  ['\\{', '\uE004', '{'],
  ['\\}', '\uE005', '}'],
  ['\\~', '\uE006', '~'],
  ['\\n', '\uE007', '\n'],
];
const BACKSLASH_PLACEHOLDER = '\uE000';

export function splitGiftBlocks(content: string): GiftBlock[] {
  const blocks: GiftBlock[] = [];
  let lines: Array<{ text: string; number: number }> = [];
  const flush = () => {
    if (lines.length) blocks.push(toBlock(lines));
    lines = [];
  };
  content.split('\n').forEach((text, index) => {
    if (text.trim() === '') flush();
    else lines.push({ text, number: index + 1 });
  });
  flush();
  return blocks.filter((block) => block.text !== '');
}

function toBlock(lines: ReadonlyArray<{ text: string; number: number }>): GiftBlock {
  const isComment = (text: string) => text.trim().startsWith('//');
  const comment = lines
    .filter((line) => isComment(line.text))
    .map((line) => line.text.trim())
    .join('\n');
  const firstContent = lines.find((line) => !isComment(line.text)) ?? lines[0];
  const text = lines
    .map((line) => (isComment(line.text) ? ' ' : line.text))
    .join('\n')
    .trim();
  return { text: protectEscapes(text), comment, line: firstContent?.number ?? 1 };
}

export function protectEscapes(text: string): string {
  let result = text.split('\\\\').join(BACKSLASH_PLACEHOLDER);
  for (const [escaped, placeholder] of ESCAPES) result = result.split(escaped).join(placeholder);
  return result.split(BACKSLASH_PLACEHOLDER).join('\\');
}

export function restoreEscapes(text: string): string {
  let result = text;
  for (const [, placeholder, character] of ESCAPES) result = result.split(placeholder).join(character);
  return result;
}

/** Escapes GIFT's control characters in a text being written (Moodle's repchar). */
export function escapeGift(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/([#=~{}:])/g, '\\$1')
    .replace(/\r/g, '')
    .replace(/\n/g, '\\n');
}

const FORMAT_NAMES: Readonly<Record<string, QuestionTextFormat>> = { html: 'html', moodle: 'moodle', plain: 'plain', markdown: 'markdown' };

/** A text that may start with `[html]`, `[moodle]`, `[plain]` or `[markdown]`; an unknown `[...]` is text. */
export function readFormattedText(raw: string, defaultFormat: QuestionTextFormat): { text: string; format: QuestionTextFormat } {
  let format = defaultFormat;
  let text = raw;
  if (raw.startsWith('[')) {
    const end = raw.indexOf(']');
    const named = end > 0 ? FORMAT_NAMES[raw.slice(1, end)] : undefined;
    if (named) {
      format = named;
      text = raw.slice(end + 1);
    }
  }
  return { text: restoreEscapes(text).trim(), format };
}

/** The `[id:...]` and `[tag:...]` markers in a question's comment lines, as Moodle reads them. */
export function readCommentMarkers(comment: string): { idNumber: string; tags: string[] } {
  const idMatch = /\[id:((?:\\\]|[^\]\p{Cc}])+)\]/u.exec(comment);
  const idNumber = idMatch?.[1] ? idMatch[1].trim().replace(/\\\]/g, ']') : '';
  const tags = [...comment.matchAll(/\[tag:((?:\\\]|[^\]<>`\p{Cc}])+)\]/gu)].map((match) => (match[1] ?? '').trim().replace(/\\\]/g, ']')).filter((tag) => tag !== '');
  return { idNumber, tags };
}
