/**
 * Completion of an activity is a number in [0, 1] (Open edX XBlock completion): 1 means done.
 * It is checked wherever a plugin hands one to the platform.
 */
export class InvalidCompletionError extends Error {}

export function checkCompletion(value: number, pluginId: string): number {
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0 || value > 1) {
    throw new InvalidCompletionError(`Activity type "${pluginId}" reported completion ${String(value)}; it must be a number in [0, 1]`);
  }
  return value;
}

export const COMPLETE = 1;
