import { CountedLearning } from '../learning-hours/counted-learning';
import { summarise, SupervisedPerson } from './supervision-summary';

const person = (userId: string, unitId: string, asnType = 'PNS'): SupervisedPerson => ({ userId, name: userId, nip: null, email: `${userId}@tunas.test`, asnType, unitId, unitName: `Unit ${unitId}` });
const learning = (userId: string, jpHours: number, competencyType: string, score: number | null = null): CountedLearning => ({
  userId,
  courseId: null,
  title: `Kursus ${jpHours}`,
  jpHours,
  competencyType,
  completedAt: new Date('2026-03-01T00:00:00Z'),
  score,
});

describe('summarise', () => {
  const people = [person('ani', 'u1'), person('budi', 'u1'), person('citra', 'u2', 'PPPK')];
  const summary = summarise(people, [learning('ani', 12, 'TEKNIS', 80), learning('ani', 8, 'MANAJERIAL', 90), learning('budi', 5, 'TEKNIS'), learning('citra', 10, 'TEKNIS')], (asnType) => (asnType === 'PPPK' ? 10 : 20));

  it('counts each person’s JP against the target of their ASN type, with how far behind they are', () => {
    expect(summary.people.map(({ userId, jp, target, reached, behindBy, completions, averageScore }) => ({ userId, jp, target, reached, behindBy, completions, averageScore }))).toEqual([
      { userId: 'ani', jp: 20, target: 20, reached: true, behindBy: 0, completions: 2, averageScore: 85 },
      { userId: 'budi', jp: 5, target: 20, reached: false, behindBy: 15, completions: 1, averageScore: null },
      { userId: 'citra', jp: 10, target: 10, reached: true, behindBy: 0, completions: 1, averageScore: null },
    ]);
  });

  it('aggregates by unit and by competency type, listing every competency type even without learning', () => {
    expect(summary.totals).toEqual({ people: 3, reached: 2, behind: 1, totalJp: 35, averageJp: 11.67 });
    expect(summary.byUnit).toEqual([
      { unitId: 'u1', unitName: 'Unit u1', people: 2, reached: 1, behind: 1, totalJp: 25, averageJp: 12.5 },
      { unitId: 'u2', unitName: 'Unit u2', people: 1, reached: 1, behind: 0, totalJp: 10, averageJp: 10 },
    ]);
    expect(summary.byCompetencyType).toEqual([
      { competencyType: 'TEKNIS', jp: 27, completions: 3, people: 3 },
      { competencyType: 'MANAJERIAL', jp: 8, completions: 1, people: 1 },
      { competencyType: 'SOSIAL_KULTURAL', jp: 0, completions: 0, people: 0 },
    ]);
  });
});
