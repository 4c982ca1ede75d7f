import { defineActivityType } from '@tunas/shared/plugin-sdk';
import { z } from 'zod';

/** A path inside a SCORM package: relative, slash-separated, no `..`, no scheme (a query string is allowed). */
const packagePath = z
  .string()
  .min(1)
  .max(1000)
  .refine((path) => !/^[a-z][a-z0-9+.-]*:/i.test(path) && !path.startsWith('/') && !path.includes('\\') && !path.split(/[?#]/)[0].split('/').includes('..'), 'The launch file must be a relative path inside the package');

export const scormCompletionRuleSchema = z.enum(['completed', 'passed', 'completed-or-passed']);
export type ScormCompletionRule = z.infer<typeof scormCompletionRuleSchema>;

export const scormContentSchema = z.object({
  /** The library material version holding the package (its files are served from the version's storage). */
  materialVersionId: z.string().uuid(),
  version: z.enum(['1.2', '2004']),
  /** The identifier of the organisation item the activity launches. */
  launchItem: z.string().min(1).max(255),
  /** The item's launch file relative to the package root, with its parameters. */
  launch: packagePath,
  title: z.string().min(1).max(200),
  /** What the SCO must report for the activity to count as complete. */
  completionRule: scormCompletionRuleSchema.default('completed-or-passed'),
  /** Scaled score (0..1) from which a reported score counts as passed when the SCO reports no success itself. */
  masteryScore: z.number().min(0).max(1).optional(),
});
export type ScormContent = z.infer<typeof scormContentSchema>;

export const scormCompletionStatusSchema = z.enum(['completed', 'incomplete', 'not attempted', 'unknown']);
export type ScormCompletionStatus = z.infer<typeof scormCompletionStatusSchema>;
export const scormSuccessStatusSchema = z.enum(['passed', 'failed', 'unknown']);
export type ScormSuccessStatus = z.infer<typeof scormSuccessStatusSchema>;

/** What a learner sees of their SCORM runtime data; only the server writes it, from the runtime commits. */
export const scormStateSchema = z.object({
  attempts: z.number().int().min(0),
  completionStatus: scormCompletionStatusSchema,
  successStatus: scormSuccessStatusSchema,
  /** The latest reported score, scaled to 0..1; null while none was reported. */
  scoreScaled: z.number().min(0).max(1).nullable(),
  /** Where the SCO said the learner was (`cmi.core.lesson_location` / `cmi.location`). */
  location: z.string().max(1000).nullable(),
});
export type ScormState = z.infer<typeof scormStateSchema>;

export const INITIAL_SCORM_STATE: ScormState = { attempts: 0, completionStatus: 'not attempted', successStatus: 'unknown', scoreScaled: null, location: null };

/** Whether the runtime statuses satisfy the activity's completion rule. */
export function scormRuleMet(rule: ScormCompletionRule, state: Pick<ScormState, 'completionStatus' | 'successStatus'>): boolean {
  const completed = state.completionStatus === 'completed';
  const passed = state.successStatus === 'passed';
  switch (rule) {
    case 'completed':
      return completed;
    case 'passed':
      return passed;
    case 'completed-or-passed':
      return completed || passed;
  }
}

/**
 * A SCORM 1.2 or 2004 package from the materials library, played in a frame with a runtime API. Only the
 * server writes the state, from the runtime data the package commits; complete once the rule is met.
 */
export const scormActivity = defineActivityType<ScormContent, ScormState>({
  id: 'scorm',
  schemaVersion: 1,
  label: { id: 'Paket SCORM', en: 'SCORM package' },
  // The content schema fills a default rule, so its input and output types differ; stored content is the output.
  contentSchema: scormContentSchema as unknown as z.ZodType<ScormContent>,
  stateSchema: scormStateSchema,
  initialState: () => INITIAL_SCORM_STATE,
  completionMode: 'progress',
  scored: true,
  serverOwnedState: true,
  completion: (content, state) => (scormRuleMet(content.completionRule, state) ? 1 : state.completionStatus === 'incomplete' ? 0.5 : 0),
  // The server derives the whole state from the latest attempt, so the newest one is the truth.
  mergeState: (_stored, incoming) => incoming,
});

/** What a learner sees of the content: no material ids. */
export interface ScormLearnerContent {
  version: ScormContent['version'];
  title: string;
  completionRule: ScormCompletionRule;
}

export function scormLearnerContent(content: ScormContent): ScormLearnerContent {
  return { version: content.version, title: content.title, completionRule: content.completionRule };
}
