import { describeQuestionTypeContract } from '@tunas/shared/plugin-sdk/testing';
import { essayConfigSchema } from '../schemas/essay.schema';
import { essayQuestion } from './essay.question';

const sample = { minWords: 50, maxWords: 300, responseTemplate: '<p>Risiko utama:</p>', graderInfo: 'RAHASIA-kunci-penilaian: sebut mitigasi' };
const config = essayConfigSchema.parse(sample);

describeQuestionTypeContract(essayQuestion, {
  validConfig: sample,
  sampleResponses: [{ text: '' }, { text: 'Risiko utama: jadwal mundur.' }],
  secrets: ['RAHASIA-kunci-penilaian'],
});

describe('essay', () => {
  it('waits for a person to grade', () => {
    expect(essayQuestion.grading.mode).toBe('manual');
  });

  it('shows learners the word limits and the template only', () => {
    expect(essayQuestion.learnerView(config, { seed: 1 })).toEqual({ minWords: 50, maxWords: 300, responseTemplate: '<p>Risiko utama:</p>' });
  });

  it.each<[string, string, boolean]>([
    ['written text is complete', '<p>Risiko utama: jadwal.</p>', true],
    ['empty text is incomplete', '', false],
    ['blank markup is incomplete', '<p> &nbsp; </p>', false],
    ['the untouched template is incomplete', '<p>Risiko utama:</p>', false],
    ['the template with only spaces added is incomplete', '<p>Risiko utama: </p>\n', false],
  ])('%s', (_description, text, complete) => {
    expect(essayQuestion.isCompleteResponse(config, { text })).toBe(complete);
  });

  it('has no feedback and no right answer to show', () => {
    expect(essayQuestion.feedback(config, { text: 'apa saja' })).toEqual([]);
    expect(essayQuestion.rightAnswer(config)).toEqual({ text: '' });
  });

  it('summarises the first 100 characters of plain text', () => {
    expect(essayQuestion.summariseResponse(config, { text: `<p>${'a'.repeat(150)}</p>` })).toBe('a'.repeat(100));
    expect(essayQuestion.summariseResponse(config, { text: '<p>Pendek</p>' })).toBe('Pendek');
    expect(essayQuestion.summariseResponse(config, { text: '😀'.repeat(120) })).toBe('😀'.repeat(100));
  });
});
