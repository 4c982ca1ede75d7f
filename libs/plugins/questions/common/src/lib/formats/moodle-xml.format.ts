import type { QuestionFormat } from '@tunas/shared/plugin-sdk';
import { readMoodleXml } from './moodle-xml.parser';
import { writeMoodleXml } from './moodle-xml.writer';
import { parseSafely } from './question-import.collector';

/**
 * Moodle XML as qformat_xml writes it: categories, the core question types plus qtype_ordering, embedded
 * files kept as data: URIs. Cloze and other types Tunas lacks are skipped with a warning, not an error.
 */
export const moodleXmlFormat: QuestionFormat = {
  id: 'moodle-xml',
  label: 'Moodle XML',
  parse: (content) => parseSafely(content, readMoodleXml),
  write: writeMoodleXml,
};
