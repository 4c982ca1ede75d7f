import { FuzzProblem } from './fuzz-runner';

/**
 * Bugs the fuzzer found in the API that are not fixed yet. A problem an entry matches is printed but does not
 * fail the suite; remove the entry with the fix (the suite then fails if the bug comes back).
 */
export interface KnownFailure {
  /** The operations it shows in; 'every' for a fault outside the resolvers. */
  operations: 'every' | readonly string[];
  matches(problem: FuzzProblem): boolean;
  reason: string;
}

// Fixed: invalid variables now answer 400 (the query-limits plugin names the coercion error), JSON bodies nested
// beyond 64 levels are refused with 400 before anything recurses, and enrolUsers takes at most 5,000 ids.
export const KNOWN_FAILURES: readonly KnownFailure[] = [];

export function knownFailureOf(problem: FuzzProblem): KnownFailure | undefined {
  return KNOWN_FAILURES.find((failure) => (failure.operations === 'every' || failure.operations.includes(problem.operation)) && failure.matches(problem));
}
