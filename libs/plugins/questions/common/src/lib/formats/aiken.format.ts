import type { QuestionDraft, QuestionFormat } from '@tunas/shared/plugin-sdk';
import { type MultipleChoiceConfig, multipleChoiceConfigSchema, QUESTION_TYPE_IDS } from '../schemas';
import { type DraftCandidate, defaultQuestionName, localIdSequence, parseSafely, type QuestionImportCollector } from './question-import.collector';

const CHOICE = /^[A-Z][).][ \t]?/;

/** Moodle stores Aiken texts as HTML with only &, < and > escaped (htmlspecialchars with ENT_NOQUOTES). */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function unescapeHtml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** Reads Aiken as Moodle's qformat_aiken does, with its messages and line numbers. */
function readAiken(content: string, collector: QuestionImportCollector): void {
  let open: { draft: DraftCandidate; choices: string[] } | null = null;
  content.split('\n').forEach((raw, index) => {
    const lineNumber = index + 1;
    const line = raw.trim();
    if (line.length < 2) return;
    if (CHOICE.test(line) || line.startsWith('ANSWER:')) {
      if (!open) {
        collector.error(lineNumber, `Question not started on line ${lineNumber}`);
        return;
      }
      if (!line.startsWith('ANSWER:')) {
        open.choices.push(escapeHtml(line.slice(2).trim()));
        return;
      }
      const { draft, choices } = open;
      open = null;
      if (choices.length < 2) {
        collector.error(lineNumber, `Question must have at least 2 answers on line ${lineNumber}`, draft.name);
        return;
      }
      const letter = line.slice('ANSWER:'.length).trim().charAt(0);
      const right = letter.charCodeAt(0) - 'A'.charCodeAt(0);
      if (!(right >= 0 && right < choices.length)) {
        collector.error(lineNumber, `The answer "${letter}" on line ${lineNumber} is not one of the choices A to ${String.fromCharCode(64 + choices.length)}`, draft.name);
        return;
      }
      const nextId = localIdSequence('a');
      const config: MultipleChoiceConfig = {
        single: true,
        shuffleAnswers: true,
        answerNumbering: 'abc',
        choices: choices.map((text, position) => ({ id: nextId(), text, fraction: position === right ? 1 : 0, feedback: '' })),
        correctFeedback: '',
        partiallyCorrectFeedback: '',
        incorrectFeedback: '',
      };
      collector.add({ ...draft, config });
      return;
    }
    if (open) collector.error(lineNumber, `Question not completed before next question start on line ${lineNumber}`, open.draft.name);
    open = {
      draft: { type: QUESTION_TYPE_IDS.multipleChoice, name: defaultQuestionName(line), text: escapeHtml(line), textFormat: 'html', generalFeedback: '', defaultMark: 1, categoryPath: [], tags: [], config: {}, line: lineNumber },
      choices: [],
    };
  });
  const unfinished = open as { draft: DraftCandidate } | null;
  if (unfinished) collector.error(unfinished.draft.line, 'Question not completed before the end of the file: an ANSWER: line is missing', unfinished.draft.name);
}

function toPlainLine(html: string, format: QuestionDraft['textFormat']): string {
  const text = format === 'html' || format === 'moodle' ? unescapeHtml(html.replace(/<[^>]*>/g, ' ')) : html;
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Aiken can only hold single-answer multiple choice with exactly one right choice and no feedback: every
 * other question is skipped (Moodle's Aiken export does the same), and texts are written as one plain line.
 */
function writeAiken(drafts: readonly QuestionDraft[]): string {
  const out: string[] = [];
  for (const draft of drafts) {
    if (draft.type !== QUESTION_TYPE_IDS.multipleChoice) continue;
    const parsed = multipleChoiceConfigSchema.safeParse(draft.config);
    if (!parsed.success || !parsed.data.single || parsed.data.choices.length > 26) continue;
    const rights = parsed.data.choices.filter((choice) => choice.fraction >= 1 - 1e-7);
    if (rights.length !== 1) continue;
    const lines = [toPlainLine(draft.text, draft.textFormat)];
    parsed.data.choices.forEach((choice, position) => lines.push(`${String.fromCharCode(65 + position)}) ${toPlainLine(choice.text, draft.textFormat)}`));
    lines.push(`ANSWER: ${String.fromCharCode(65 + parsed.data.choices.indexOf(rights[0] as (typeof parsed.data.choices)[number]))}`);
    out.push(lines.join('\n'));
  }
  return out.length ? `${out.join('\n\n')}\n` : '';
}

export const aikenFormat: QuestionFormat = {
  id: 'aiken',
  label: 'Aiken',
  parse: (content) => parseSafely(content, readAiken),
  write: writeAiken,
};
