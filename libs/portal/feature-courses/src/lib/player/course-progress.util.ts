import type { CourseActivity, CourseModule, CourseOutline, ProgressResult } from '@tunas/portal/data-access/courses';

/** One activity in study order, with the module it belongs to. */
export interface OutlineStep {
  readonly activity: CourseActivity;
  readonly module: CourseModule;
  readonly moduleIndex: number;
  readonly index: number;
}

/** The activities in the order a learner meets them. */
export function stepsOf(outline: CourseOutline): OutlineStep[] {
  const steps: OutlineStep[] = [];
  outline.modules.forEach((module, moduleIndex) => {
    for (const activity of module.activities) {
      steps.push({ activity, module, moduleIndex, index: steps.length });
    }
  });
  return steps;
}

/** Where "Lanjutkan" leads when the server has no suggestion: the first unfinished, unlocked activity. */
export function firstOpenActivityId(outline: CourseOutline): string | null {
  const steps = stepsOf(outline).filter((step) => !step.module.locked);
  return (steps.find((step) => step.activity.completion < 1) ?? steps[0])?.activity.id ?? null;
}

/**
 * The outline after the learner's device worked out a new state for one activity, before the server has
 * answered: the same rules as the API (a module is done when its required activities are; a module that
 * requires the previous one opens when that is done; course completion is the share of required activities
 * done), so the outline and the progress bar move at once, also offline.
 */
export function withLocalProgress(outline: CourseOutline, activityId: string, state: unknown, completion: number): CourseOutline {
  return recompute(outline, (activity) =>
    activity.id === activityId ? { ...activity, state, completion: Math.max(activity.completion, completion) } : activity,
  );
}

/** The outline after the server acknowledged a write: its numbers win. */
export function withServerProgress(outline: CourseOutline, result: ProgressResult): CourseOutline {
  const next = recompute(outline, (activity) =>
    activity.id === result.activityId ? { ...activity, state: result.state, completion: result.completion } : activity,
  );
  return { ...next, completion: result.courseCompletion, enrolment: result.enrolment };
}

function recompute(outline: CourseOutline, change: (activity: CourseActivity) => CourseActivity): CourseOutline {
  const modules: CourseModule[] = [];
  for (const [index, module] of outline.modules.entries()) {
    const activities = module.activities.map(change);
    const previous = modules[index - 1];
    modules.push({
      ...module,
      activities,
      completion: moduleCompletion(activities),
      locked: !!outline.enrolment && index > 0 && module.requiresPrevious && (previous?.completion ?? 1) < 1,
    });
  }
  const required = modules.flatMap((module) => module.activities.filter((activity) => activity.required));
  const completion = required.length ? required.filter((activity) => activity.completion >= 1).length / required.length : 0;
  return { ...outline, modules, completion };
}

function moduleCompletion(activities: readonly CourseActivity[]): number {
  const required = activities.filter((activity) => activity.required);
  return required.length ? required.filter((activity) => activity.completion >= 1).length / required.length : 1;
}
