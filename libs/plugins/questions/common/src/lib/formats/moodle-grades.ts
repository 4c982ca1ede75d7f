/** The grades Moodle accepts for an answer (question_bank::fraction_options_full), positive and negative. */
const MOODLE_FRACTIONS: readonly number[] = [1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0];

/** Moodle's nearest allowed grade within 0.00001 (its match_grade_options in 'error' mode), or null. */
export function matchMoodleFraction(fraction: number): number | null {
  if (!Number.isFinite(fraction)) return null;
  for (const option of MOODLE_FRACTIONS) {
    if (Math.abs(Math.abs(fraction) - option) < 0.00001) return fraction < 0 ? -option : option;
  }
  return null;
}
