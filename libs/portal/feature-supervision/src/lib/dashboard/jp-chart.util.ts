import type { SupervisionDashboard } from '@tunas/portal/data-access/supervision';

/** One bar of a JP chart: a label (or a translation key with `labelKey`), its value and its share of the longest bar. */
export interface JpBar {
  readonly id: string;
  readonly label: string;
  /** Set when the label must be translated (competency types, the "no unit" group). */
  readonly labelKey: string | null;
  readonly value: number;
  /** In [0, 100]: the value against the largest one, so the longest bar fills the chart. */
  readonly percent: number;
}

const COMPETENCY_TYPES = ['TEKNIS', 'MANAJERIAL', 'SOSIAL_KULTURAL'] as const;

/** Average JP per person of each unit, highest first; people without a unit form their own bar. */
export function barsByUnit(units: SupervisionDashboard['byUnit']): JpBar[] {
  const rows = [...units]
    .map((unit) => ({
      id: unit.unitId ?? 'none',
      label: unit.unitName ?? '',
      labelKey: unit.unitName ? null : 'supervision.chart.noUnit',
      value: round(unit.averageJp),
    }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  return withPercent(rows);
}

/** JP by competency type, always the three types in a fixed order (a type without completions shows 0). */
export function barsByCompetencyType(aggregates: SupervisionDashboard['byCompetencyType']): JpBar[] {
  const jpOf = new Map(aggregates.map((aggregate) => [aggregate.competencyType, aggregate.jp]));
  const known = COMPETENCY_TYPES.map((type) => ({ id: type, label: type, labelKey: `supervision.competency.${type}`, value: jpOf.get(type) ?? 0 }));
  const others = aggregates
    .filter((aggregate) => !(COMPETENCY_TYPES as readonly string[]).includes(aggregate.competencyType))
    .map((aggregate) => ({ id: aggregate.competencyType, label: aggregate.competencyType, labelKey: null, value: aggregate.jp }));
  return withPercent([...known, ...others]);
}

function withPercent(rows: Omit<JpBar, 'percent'>[]): JpBar[] {
  const highest = Math.max(0, ...rows.map((row) => row.value));
  return rows.map((row) => ({ ...row, percent: highest > 0 ? (row.value / highest) * 100 : 0 }));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
