import { CountedLearning, jpStanding, JpStanding } from '../learning-hours/counted-learning';

export interface SupervisedPerson {
  userId: string;
  name: string;
  nip: string | null;
  email: string;
  asnType: string | null;
  unitId: string | null;
  unitName: string | null;
}

export interface PersonSummary extends SupervisedPerson, JpStanding {
  completions: number;
  averageScore: number | null;
  courses: CountedLearning[];
}

export interface UnitAggregate {
  unitId: string | null;
  unitName: string | null;
  people: number;
  reached: number;
  behind: number;
  totalJp: number;
  averageJp: number;
}

export interface CompetencyAggregate {
  competencyType: string;
  jp: number;
  completions: number;
  people: number;
}

export interface SupervisionSummary {
  people: PersonSummary[];
  totals: Omit<UnitAggregate, 'unitId' | 'unitName'>;
  byUnit: UnitAggregate[];
  byCompetencyType: CompetencyAggregate[];
}

const COMPETENCY_TYPES = ['TEKNIS', 'MANAJERIAL', 'SOSIAL_KULTURAL'];

/** Each person's JP against their target, and the same numbers by unit and by competency type (for charts). */
export function summarise(people: readonly SupervisedPerson[], learning: readonly CountedLearning[], targetOf: (asnType: string | null) => number): SupervisionSummary {
  const byPerson = new Map<string, CountedLearning[]>();
  for (const item of learning) byPerson.set(item.userId, [...(byPerson.get(item.userId) ?? []), item]);
  const summaries = people.map((person): PersonSummary => {
    const courses = byPerson.get(person.userId) ?? [];
    const scores = courses.flatMap((course) => (course.score === null ? [] : [course.score]));
    return {
      ...person,
      ...jpStanding(sum(courses.map((course) => course.jpHours)), targetOf(person.asnType)),
      completions: courses.length,
      averageScore: scores.length ? Math.round((sum(scores) / scores.length) * 100) / 100 : null,
      courses,
    };
  });
  const units = new Map<string, PersonSummary[]>();
  for (const person of summaries) units.set(person.unitId ?? '', [...(units.get(person.unitId ?? '') ?? []), person]);
  const byUnit = [...units.values()].map((members) => ({ unitId: members[0].unitId, unitName: members[0].unitName, ...aggregate(members) }));
  const types = [...new Set([...COMPETENCY_TYPES, ...learning.map((item) => item.competencyType)])];
  const byCompetencyType = types.map((competencyType) => {
    const items = learning.filter((item) => item.competencyType === competencyType && byPerson.has(item.userId));
    return { competencyType, jp: sum(items.map((item) => item.jpHours)), completions: items.length, people: new Set(items.map((item) => item.userId)).size };
  });
  return { people: summaries, totals: aggregate(summaries), byUnit, byCompetencyType };
}

function aggregate(people: readonly PersonSummary[]): Omit<UnitAggregate, 'unitId' | 'unitName'> {
  const totalJp = sum(people.map((person) => person.jp));
  const reached = people.filter((person) => person.reached).length;
  return { people: people.length, reached, behind: people.length - reached, totalJp, averageJp: people.length ? Math.round((totalJp / people.length) * 100) / 100 : 0 };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
