import type { QuestionDraft, QuestionTextFormat } from '@tunas/shared/plugin-sdk';
import {
  essayConfigSchema,
  matchingConfigSchema,
  multipleChoiceConfigSchema,
  numericalConfigSchema,
  QUESTION_TYPE_IDS,
  shortAnswerConfigSchema,
  trueFalseConfigSchema,
} from '../schemas';
import { escapeGift } from './gift.lexer';

/** A number as GIFT writes weights and values: no float noise (33.33333, not 33.333330000000004). */
function giftNumber(value: number): string {
  return String(Number(value.toFixed(7)));
}

function formatted(text: string, format: QuestionTextFormat, defaultFormat: QuestionTextFormat): string {
  return (text !== '' && format !== defaultFormat ? `[${format}]` : '') + escapeGift(text);
}

function escapeMarker(value: string): string {
  return value.replace(/\]/g, '\\]');
}

function categoryLine(path: readonly string[]): string {
  return `$CATEGORY: ${['$course$', 'top', ...path.map((segment) => segment.replace(/\//g, '//'))].join('/')}`;
}

/**
 * Writes questions the way Moodle's GIFT export does, so Moodle imports the file back. Ordering questions
 * cannot be expressed in GIFT and are left out with a comment saying so.
 */
export function writeGift(drafts: readonly QuestionDraft[]): string {
  const out: string[] = [];
  let category: readonly string[] = [];
  drafts.forEach((draft, index) => {
    if (draft.categoryPath.join('\u0000') !== category.join('\u0000')) {
      category = draft.categoryPath;
      out.push(`${categoryLine(category)}\n\n`);
    }
    out.push(writeQuestion(draft, index + 1));
  });
  return out.join('');
}

function writeQuestion(draft: QuestionDraft, number: number): string {
  const header = [`// question: ${number}  name: ${draft.name.replace(/\n/g, ' ')}`];
  const markers = [...(draft.idNumber ? [`[id:${escapeMarker(draft.idNumber)}]`] : []), ...draft.tags.map((tag) => `[tag:${escapeMarker(tag)}]`)];
  if (markers.length) header.push(`// ${markers.join(' ')}`);
  const body = writeBody(draft);
  if (body === null) return `// ${draft.type} question "${draft.name}" cannot be written in GIFT\n\n`;
  return `${header.join('\n')}\n::${escapeGift(draft.name)}::${formatted(draft.text, draft.textFormat, 'moodle')}${body}\n\n`;
}

function writeBody(draft: QuestionDraft): string | null {
  const format = draft.textFormat;
  const text = (value: string) => formatted(value, format, format);
  const generalFeedback = draft.generalFeedback ? `####${text(draft.generalFeedback)}` : '';
  const block = (lines: string[], opening = '{') => `${opening}\n${lines.map((line) => `\t${line}\n`).join('')}${generalFeedback ? `\t${generalFeedback}\n` : ''}}`;
  switch (draft.type) {
    case QUESTION_TYPE_IDS.essay:
      essayConfigSchema.parse(draft.config);
      return `{${generalFeedback}}`;
    case QUESTION_TYPE_IDS.trueFalse: {
      const config = trueFalseConfigSchema.parse(draft.config);
      const [right, wrong] = config.correct ? [config.trueFeedback, config.falseFeedback] : [config.falseFeedback, config.trueFeedback];
      const feedback = (wrong ? `#${text(wrong)}` : right ? '#' : '') + (right ? `#${text(right)}` : '');
      return `{${config.correct ? 'TRUE' : 'FALSE'}${feedback}${generalFeedback}}`;
    }
    case QUESTION_TYPE_IDS.multipleChoice: {
      const config = multipleChoiceConfigSchema.parse(draft.config);
      return block(
        config.choices.map((choice) => {
          const mark = choice.fraction === 1 && config.single ? '=' : choice.fraction === 0 ? '~' : `~%${giftNumber(choice.fraction * 100)}%`;
          return `${mark}${text(choice.text)}${choice.feedback ? `#${text(choice.feedback)}` : ''}`;
        }),
      );
    }
    case QUESTION_TYPE_IDS.shortAnswer: {
      const config = shortAnswerConfigSchema.parse(draft.config);
      return block(config.answers.map((answer) => `=%${giftNumber(answer.fraction * 100)}%${escapeGift(answer.text)}#${text(answer.feedback)}`));
    }
    case QUESTION_TYPE_IDS.numerical: {
      const config = numericalConfigSchema.parse(draft.config);
      const lines = config.answers.map((answer) =>
        answer.value === null ? `~#${text(answer.feedback)}` : `=%${giftNumber(answer.fraction * 100)}%${giftNumber(answer.value)}:${giftNumber(answer.tolerance)}#${text(answer.feedback)}`,
      );
      return block(lines, '{#');
    }
    case QUESTION_TYPE_IDS.matching: {
      const config = matchingConfigSchema.parse(draft.config);
      const answerText = new Map(config.answers.map((answer) => [answer.id, answer.text]));
      const used = new Set(config.pairs.map((pair) => pair.answerId));
      const lines = [
        ...config.pairs.map((pair) => `=${text(pair.prompt)} -> ${escapeGift(answerText.get(pair.answerId) ?? '')}`),
        ...config.answers.filter((answer) => !used.has(answer.id)).map((answer) => `= -> ${escapeGift(answer.text)}`),
      ];
      return block(lines);
    }
    default:
      return null;
  }
}
