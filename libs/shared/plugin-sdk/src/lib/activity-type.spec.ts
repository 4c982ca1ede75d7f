import { z } from 'zod';
import { defineActivityType, InvalidActivityTypeError, mergeActivityState } from './activity-type';
import { checkCompletion, InvalidCompletionError } from './completion';

const base = {
  schemaVersion: 1,
  label: { id: 'Uji', en: 'Test' },
  contentSchema: z.object({}),
  stateSchema: z.object({ share: z.number() }),
  initialState: () => ({ share: 0 }),
  completionMode: 'progress' as const,
  scored: false,
  completion: (_content: object, state: { share: number }) => state.share,
};

describe('defineActivityType', () => {
  it.each(['Page', 'scorm_package', '', '1page', 'page-'])('refuses the id %j', (id) => {
    expect(() => defineActivityType({ ...base, id })).toThrow(InvalidActivityTypeError);
  });

  it('refuses a schema version that is not a positive integer', () => {
    expect(() => defineActivityType({ ...base, id: 'page', schemaVersion: 0 })).toThrow(/positive integer schemaVersion/);
  });

  it('keeps the more complete state when the plugin declares no merge', () => {
    const type = defineActivityType({ ...base, id: 'scorm-package' });
    expect(mergeActivityState(type, {}, { share: 0.7 }, { share: 0.2 })).toEqual({ share: 0.7 });
    expect(mergeActivityState(type, {}, { share: 0.2 }, { share: 0.9 })).toEqual({ share: 0.9 });
  });
});

describe('checkCompletion', () => {
  it.each([-0.01, 1.01, Number.NaN])('refuses %p', (value) => {
    expect(() => checkCompletion(value, 'x')).toThrow(InvalidCompletionError);
  });

  it('passes values in [0, 1] through', () => {
    expect(checkCompletion(0, 'x')).toBe(0);
    expect(checkCompletion(1, 'x')).toBe(1);
  });
});
