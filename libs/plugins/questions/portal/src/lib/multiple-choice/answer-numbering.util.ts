import type { MultipleChoiceView } from '@tunas/plugins/questions/common';

/** The label before a choice as Moodle numbers them: "a.", "B.", "3.", or nothing. */
export function choiceNumber(numbering: MultipleChoiceView['answerNumbering'], index: number): string {
  switch (numbering) {
    case 'abc':
      return index < 26 ? `${String.fromCharCode(97 + index)}.` : `${index + 1}.`;
    case 'ABCD':
      return index < 26 ? `${String.fromCharCode(65 + index)}.` : `${index + 1}.`;
    case '123':
      return `${index + 1}.`;
    case 'none':
      return '';
  }
}
