import { ActivityTypeDefinition, mergeActivityState } from './activity-type';
import { checkCompletion } from './completion';

export interface ActivityTypeFixtures {
  /** Content a trainer could author, as it arrives over the wire (JSON). */
  validContent: unknown[];
  /** Content the schema must refuse, each with why. */
  invalidContent: Array<{ content: unknown; why: string }>;
  /** Learner states with the completion each must give for validContent[0]. */
  states: Array<{ state: unknown; completion: number }>;
  /** States the schema must refuse. */
  invalidStates: unknown[];
}

/**
 * The contract every activity type runs in its own test file (server and portal use the same common part):
 * schema round trip, refusal of bad input, completion in [0, 1], and progress that never goes backwards.
 */
export function describeActivityTypeContract<TContent, TState>(type: ActivityTypeDefinition<TContent, TState>, fixtures: ActivityTypeFixtures): void {
  describe(`activity type "${type.id}" contract`, () => {
    it('has a kebab-case id and a schema version', () => {
      expect(type.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(Number.isInteger(type.schemaVersion) && type.schemaVersion >= 1).toBe(true);
      expect(type.label.id.length).toBeGreaterThan(0);
      expect(type.label.en.length).toBeGreaterThan(0);
    });

    it('keeps valid content the same through a JSON round trip', () => {
      expect(fixtures.validContent.length).toBeGreaterThan(0);
      for (const raw of fixtures.validContent) {
        const parsed = type.contentSchema.parse(raw);
        expect(type.contentSchema.parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
      }
    });

    it('refuses invalid content', () => {
      for (const { content, why } of fixtures.invalidContent) {
        const result = type.contentSchema.safeParse(content);
        if (result.success) throw new Error(`accepted invalid content (${why}): ${JSON.stringify(content)}`);
      }
    });

    it('starts incomplete and reports completion in [0, 1]', () => {
      const content = type.contentSchema.parse(fixtures.validContent[0]);
      const initial = type.stateSchema.parse(type.initialState(content));
      expect(checkCompletion(type.completion(content, initial), type.id)).toBeLessThan(1);
      for (const { state, completion } of fixtures.states) {
        expect(checkCompletion(type.completion(content, type.stateSchema.parse(state)), type.id)).toBeCloseTo(completion, 5);
      }
    });

    it('refuses invalid learner state', () => {
      for (const state of fixtures.invalidStates) expect(type.stateSchema.safeParse(state).success).toBe(false);
    });

    // A device's late retry must never undo progress. Server-owned state is recomputed from the facts each time
    // (a regrade may lower a grade), so the newest write is the truth there instead.
    (type.serverOwnedState ? it.skip : it)('never loses progress when an older state arrives after a newer one', () => {
      const content = type.contentSchema.parse(fixtures.validContent[0]);
      const states = fixtures.states.map(({ state }) => type.stateSchema.parse(state));
      for (const newer of states) {
        for (const older of states) {
          const merged = mergeActivityState(type, content, newer, older);
          expect(type.completion(content, merged)).toBeGreaterThanOrEqual(Math.max(type.completion(content, newer), type.completion(content, older)) - 1e-9);
        }
      }
    });
  });
}
