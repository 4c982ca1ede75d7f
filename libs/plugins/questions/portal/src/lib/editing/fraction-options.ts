/** Moodle's grade fractions in percent, so imported questions and hand-made ones weigh alike. */
const MOODLE_PERCENTAGES = [
  100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0,
] as const;

export interface FractionOption {
  /** The stored weight in [-1, 1]. */
  readonly value: number;
  /** As shown: "83.33333%". */
  readonly label: string;
}

const toOption = (percent: number): FractionOption => ({ value: Math.round(percent * 1e5) / 1e7, label: `${percent}%` });

/**
 * The weights a trainer may choose from: 100% down to 0%, and the negatives as well for multiple-answer
 * questions. A stored weight that is not on Moodle's list (an import) is kept as an extra option.
 */
export function fractionOptions(allowNegative: boolean, current?: number | null): readonly FractionOption[] {
  const percentages = allowNegative ? [...MOODLE_PERCENTAGES, ...[...MOODLE_PERCENTAGES].reverse().filter((p) => p > 0).map((p) => -p)] : [...MOODLE_PERCENTAGES];
  const options = percentages.map(toOption);
  if (current !== null && current !== undefined && !options.some((option) => Math.abs(option.value - current) < 1e-7)) {
    options.push({ value: current, label: `${Math.round(current * 1e7) / 1e5}%` });
  }
  return options;
}
