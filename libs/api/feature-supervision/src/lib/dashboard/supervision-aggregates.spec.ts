import { aggregatesOf } from './supervision-aggregates';

describe('aggregatesOf', () => {
  const units = [
    { unitId: 'u1', unitName: 'Unit u1', people: 2, reached: 1, totalJp: 25 },
    { unitId: 'u2', unitName: 'Unit u2', people: 1, reached: 1, totalJp: 10 },
  ];
  const competencies = [
    { competencyType: 'MANAJERIAL', jp: 8, completions: 1, people: 1, firstCompletedAt: '2026-03-02 00:00:00' },
    { competencyType: 'PELATIHAN_KHUSUS', jp: 2, completions: 1, people: 1, firstCompletedAt: new Date('2026-04-01T00:00:00Z') },
    { competencyType: 'LAINNYA', jp: 1, completions: 1, people: 1, firstCompletedAt: '2026-02-01 00:00:00' },
    { competencyType: 'TEKNIS', jp: 27, completions: 3, people: 3, firstCompletedAt: '2026-03-01 00:00:00' },
  ];
  const aggregates = aggregatesOf(units, competencies);

  it('counts those behind and the average JP per person, by unit and in total', () => {
    expect(aggregates.byUnit).toEqual([
      { unitId: 'u1', unitName: 'Unit u1', people: 2, reached: 1, behind: 1, totalJp: 25, averageJp: 12.5 },
      { unitId: 'u2', unitName: 'Unit u2', people: 1, reached: 1, behind: 0, totalJp: 10, averageJp: 10 },
    ]);
    expect(aggregates.totals).toEqual({ people: 3, reached: 2, behind: 1, totalJp: 35, averageJp: 11.67 });
  });

  it('lists the known competency types first even without learning, then others by first completion', () => {
    expect(aggregates.byCompetencyType).toEqual([
      { competencyType: 'TEKNIS', jp: 27, completions: 3, people: 3 },
      { competencyType: 'MANAJERIAL', jp: 8, completions: 1, people: 1 },
      { competencyType: 'SOSIAL_KULTURAL', jp: 0, completions: 0, people: 0 },
      { competencyType: 'LAINNYA', jp: 1, completions: 1, people: 1 },
      { competencyType: 'PELATIHAN_KHUSUS', jp: 2, completions: 1, people: 1 },
    ]);
  });

  it('answers zeros for nobody', () => {
    expect(aggregatesOf([], []).totals).toEqual({ people: 0, reached: 0, behind: 0, totalJp: 0, averageJp: 0 });
  });
});
