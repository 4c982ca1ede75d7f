import { defineActivityType } from '@tunas/shared/plugin-sdk';
import { z } from 'zod';
import { ActivityPayloadError, ActivityTypeRegistry, ActivityTypeRegistryError } from './activity-type.registry';

const counter = defineActivityType<{ steps: number }, { done: number }>({
  id: 'counter',
  schemaVersion: 1,
  label: { id: 'Penghitung', en: 'Counter' },
  contentSchema: z.object({ steps: z.number().int().min(1) }),
  stateSchema: z.object({ done: z.number().int().min(0) }),
  initialState: () => ({ done: 0 }),
  completionMode: 'progress',
  scored: false,
  completion: (content, state) => Math.min(1, state.done / content.steps),
});
const broken = { ...counter, id: 'broken', completion: () => 2 };

describe('ActivityTypeRegistry', () => {
  it('refuses to start with a duplicate or missing id', () => {
    expect(() => new ActivityTypeRegistry([{ definition: counter }, { definition: counter }])).toThrow(ActivityTypeRegistryError);
    expect(() => new ActivityTypeRegistry([{ definition: { ...counter, id: '' } }])).toThrow(/no id/);
  });

  it('names the unknown type and what is installed', () => {
    expect(() => new ActivityTypeRegistry([{ definition: counter }]).get('quiz')).toThrow('Activity type "quiz" is not installed (installed: counter)');
  });

  it('validates content and names the bad field', () => {
    const registry = new ActivityTypeRegistry([{ definition: counter, prepareContent: (content) => ({ steps: content.steps }) }]);
    expect(registry.prepareContent('counter', { steps: 3, extra: true })).toEqual({ steps: 3 });
    expect(() => registry.prepareContent('counter', { steps: 0 })).toThrow(ActivityPayloadError);
    try {
      registry.prepareContent('counter', { steps: 'many' });
    } catch (error) {
      expect((error as ActivityPayloadError).issues[0].path).toBe('steps');
    }
  });

  it('merges state so that a late, older update does not undo progress', () => {
    const registry = new ActivityTypeRegistry([{ definition: counter }]);
    const content = { steps: 4 };
    expect(registry.applyState('counter', content, { done: 3 }, { done: 1 })).toEqual({ state: { done: 3 }, completion: 0.75 });
    expect(registry.applyState('counter', content, { done: 1 }, { done: 4 })).toEqual({ state: { done: 4 }, completion: 1 });
  });

  it('checks the completion a plugin reports at the boundary', () => {
    const registry = new ActivityTypeRegistry([{ definition: broken }]);
    expect(() => registry.completion('broken', { steps: 1 }, { done: 0 })).toThrow(/must be a number in \[0, 1\]/);
  });
});
