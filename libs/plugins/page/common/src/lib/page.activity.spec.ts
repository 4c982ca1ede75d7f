import { describeActivityTypeContract } from '@tunas/shared/plugin-sdk/testing';
import { pageActivity } from './page.activity';

describeActivityTypeContract(pageActivity, {
  validContent: [{ markdown: '# Siklus proyek\n\nSetiap proyek melewati lima tahap.', estimatedMinutes: 10 }, { markdown: 'Teks singkat' }],
  invalidContent: [
    { content: { markdown: '   ' }, why: 'blank text' },
    { content: {}, why: 'no markdown' },
    { content: { markdown: 'ok', estimatedMinutes: 0 }, why: 'zero minutes' },
  ],
  states: [
    { state: { viewed: false }, completion: 0 },
    { state: { viewed: true }, completion: 1 },
  ],
  invalidStates: [{}, { viewed: 'yes' }],
});
