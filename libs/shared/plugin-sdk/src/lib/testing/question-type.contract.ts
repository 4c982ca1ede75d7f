import { checkGrade, QuestionTypeDefinition } from '../question-type';

export interface QuestionTypeFixtures {
  /** A config a trainer could author, as it arrives over the wire (JSON). */
  validConfig: unknown;
  /** Responses a learner could send for validConfig: right, wrong, partial, empty, odd. */
  sampleResponses: unknown[];
  /** Strings from validConfig that a learner must never receive: feedback texts, grader notes, right answers. */
  secrets: string[];
}

/** Seeds the view checks run with; several, so a secret cannot hide behind one lucky shuffle. */
const SEEDS = [0, 1, 42, 2024, 4294967295];

/** Keys whose presence in a learner view means a secret travels with it, whatever its value. */
const SECRET_KEYS = new Set(['fraction', 'weight', 'feedback', 'graderInfo', 'answerId', 'correct', 'tolerance']);

function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)]);
  return [];
}

/**
 * The contract every question type runs in its own test file: declaration, config schema, a learner view
 * that is stable per seed and carries no secret, a right answer that earns full marks, and grades in [0, 1].
 *
 * @example
 * describeQuestionTypeContract(trueFalseQuestion, {
 *   validConfig: { correct: true, trueFeedback: 'Tepat.', falseFeedback: 'Coba lagi.' },
 *   sampleResponses: [{ value: true }, { value: false }],
 *   secrets: ['Tepat.', 'Coba lagi.'],
 * });
 */
export function describeQuestionTypeContract<TConfig, TResponse, TView>(type: QuestionTypeDefinition<TConfig, TResponse, TView>, fixtures: QuestionTypeFixtures): void {
  describe(`question type "${type.id}" contract`, () => {
    const config = (): TConfig => type.configSchema.parse(fixtures.validConfig);

    it('has a kebab-case id, a schema version and a label', () => {
      expect(type.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(Number.isInteger(type.schemaVersion) && type.schemaVersion >= 1).toBe(true);
      expect(type.label.id.length).toBeGreaterThan(0);
      expect(type.label.en.length).toBeGreaterThan(0);
    });

    it('accepts the valid config and keeps it the same through a JSON round trip', () => {
      const parsed = config();
      expect(type.configSchema.parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
    });

    it('shows learners a JSON-serialisable view without any secret of the config', () => {
      // A secret missing from the config itself would make this check pass for nothing.
      const serialisedConfig = JSON.stringify(config());
      for (const secret of fixtures.secrets) expect(serialisedConfig).toContain(secret);
      for (const seed of SEEDS) {
        const view = type.learnerView(config(), { seed });
        const serialised = JSON.stringify(view);
        expect(JSON.parse(serialised)).toEqual(view);
        for (const secret of fixtures.secrets) expect(serialised).not.toContain(secret);
        expect(keysOf(view).filter((key) => SECRET_KEYS.has(key))).toEqual([]);
      }
    });

    it('shows the same view for the same seed', () => {
      for (const seed of SEEDS) expect(type.learnerView(config(), { seed })).toEqual(type.learnerView(config(), { seed }));
    });

    it('offers a right answer that the response schema accepts and that earns full marks', () => {
      const right = type.responseSchema.parse(type.rightAnswer(config()));
      expect(typeof type.summariseResponse(config(), right)).toBe('string');
      if (type.grading.mode === 'automatic') {
        expect(type.isCompleteResponse(config(), right)).toBe(true);
        expect(checkGrade(type.grading.grade(config(), right), type.id)).toEqual({ fraction: 1, state: 'correct' });
      }
    });

    it('grades every sample response to a fraction in [0, 1] without throwing', () => {
      expect(fixtures.sampleResponses.length).toBeGreaterThan(0);
      for (const raw of fixtures.sampleResponses) {
        const response = type.responseSchema.parse(raw);
        expect(typeof type.isCompleteResponse(config(), response)).toBe('boolean');
        expect(type.feedback(config(), response).every((text) => typeof text === 'string')).toBe(true);
        expect(typeof type.summariseResponse(config(), response)).toBe('string');
        if (type.grading.mode === 'automatic') checkGrade(type.grading.grade(config(), response), type.id);
      }
    });
  });
}
