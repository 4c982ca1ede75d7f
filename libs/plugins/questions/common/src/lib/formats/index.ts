import type { QuestionFormat } from '@tunas/shared/plugin-sdk';
import { aikenFormat } from './aiken.format';
import { giftFormat } from './gift.format';
import { moodleXmlFormat } from './moodle-xml.format';

export { aikenFormat, giftFormat, moodleXmlFormat };
export { MAX_EMBEDDED_FILE_BYTES } from './moodle-xml.files';

/** The question file formats the questions plugin installs. */
export const CORE_QUESTION_FORMATS: readonly QuestionFormat[] = [giftFormat, aikenFormat, moodleXmlFormat];
