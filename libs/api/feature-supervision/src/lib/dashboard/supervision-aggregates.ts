import { CompetencyStanding, UnitStanding } from '../learning-hours/jp-standings.query';
import { toDate } from '../learning-hours/sql-values';

export interface StandingTotals {
  people: number;
  reached: number;
  behind: number;
  totalJp: number;
  averageJp: number;
}

export interface UnitAggregate extends StandingTotals {
  unitId: string | null;
  unitName: string | null;
}

export interface CompetencyAggregate {
  competencyType: string;
  jp: number;
  completions: number;
  people: number;
}

export interface SupervisionAggregates {
  totals: StandingTotals;
  byUnit: UnitAggregate[];
  byCompetencyType: CompetencyAggregate[];
}

/** Always listed, in this order, even without learning: the chart's categories stay put. */
const COMPETENCY_TYPES = ['TEKNIS', 'MANAJERIAL', 'SOSIAL_KULTURAL'];

/**
 * The dashboard's numbers from the per-unit and per-competency sums the database grouped: totals over the units,
 * how many are behind and the average JP per person (two decimals), and every competency type (the three known
 * ones first, others in the order they were first completed).
 */
export function aggregatesOf(units: readonly UnitStanding[], competencies: readonly CompetencyStanding[]): SupervisionAggregates {
  const byUnit = units.map((unit) => ({ unitId: unit.unitId, unitName: unit.unitName, ...totalsOf(unit.people, unit.reached, unit.totalJp) }));
  const totals = totalsOf(sum(units.map((unit) => unit.people)), sum(units.map((unit) => unit.reached)), sum(units.map((unit) => unit.totalJp)));
  const found = new Map(competencies.map((competency) => [competency.competencyType, competency]));
  const others = competencies
    .filter((competency) => !COMPETENCY_TYPES.includes(competency.competencyType))
    .sort((a, b) => toDate(a.firstCompletedAt).getTime() - toDate(b.firstCompletedAt).getTime() || a.competencyType.localeCompare(b.competencyType))
    .map((competency) => competency.competencyType);
  const byCompetencyType = [...COMPETENCY_TYPES, ...others].map((competencyType) => {
    const competency = found.get(competencyType);
    return { competencyType, jp: competency?.jp ?? 0, completions: competency?.completions ?? 0, people: competency?.people ?? 0 };
  });
  return { totals, byUnit, byCompetencyType };
}

function totalsOf(people: number, reached: number, totalJp: number): StandingTotals {
  return { people, reached, behind: people - reached, totalJp, averageJp: people ? Math.round((totalJp / people) * 100) / 100 : 0 };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
