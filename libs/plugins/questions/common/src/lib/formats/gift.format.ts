import type { QuestionFormat } from '@tunas/shared/plugin-sdk';
import { splitGiftBlocks } from './gift.lexer';
import { readGiftQuestion } from './gift.parser';
import { writeGift } from './gift.writer';
import { parseSafely } from './question-import.collector';

/**
 * GIFT as Moodle's qformat_gift reads and writes it (Moodle is the reference, not gift-pegjs): questions
 * separated by blank lines, `//` comments carrying `[tag:...]` and `[id:...]`, `$CATEGORY:` switches.
 */
export const giftFormat: QuestionFormat = {
  id: 'gift',
  label: 'GIFT',
  parse: (content) =>
    parseSafely(content, (text, collector) => {
      let categoryPath: string[] = [];
      for (const block of splitGiftBlocks(text)) categoryPath = readGiftQuestion(block, categoryPath, collector);
    }),
  write: writeGift,
};
