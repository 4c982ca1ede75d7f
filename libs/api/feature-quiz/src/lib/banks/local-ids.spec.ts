import { randomiseLocalIds } from './local-ids';

describe('local ids in stored question configs', () => {
  it('replaces ordered ids with random ones, so the id of a choice says nothing about its position', () => {
    const config = randomiseLocalIds({ single: true, choices: [{ id: 'a1', text: 'Benar', fraction: 1 }, { id: 'a2', text: 'Salah', fraction: 0 }] });
    expect(config.choices.map((choice) => choice.id)).not.toEqual(['a1', 'a2']);
    expect(config.choices[0].id).toMatch(/^[a-z0-9]{12}$/);
    expect(new Set(config.choices.map((choice) => choice.id)).size).toBe(2);
  });

  it('keeps a matching pair pointing at its answer', () => {
    const config = randomiseLocalIds({ pairs: [{ id: 'p1', prompt: 'WBS', answerId: 'x2' }], answers: [{ id: 'x1', text: 'Jadwal' }, { id: 'x2', text: 'Rincian pekerjaan' }] });
    expect(config.answers.find((answer) => answer.id === config.pairs[0].answerId)?.text).toBe('Rincian pekerjaan');
  });

  it('keeps ids that are already random, so an edited question still matches earlier responses', () => {
    const config = { items: [{ id: 'k3j9a0q1zz8m', text: 'Inisiasi' }, { id: 'i2', text: 'Penutupan' }] };
    const result = randomiseLocalIds(config);
    expect(result.items[0].id).toBe('k3j9a0q1zz8m');
    expect(result.items[1].id).not.toBe('i2');
  });
});
