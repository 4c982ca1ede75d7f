import { z } from 'zod';

/*
 * The contract of the `scorm` activity, shared by the plugin (libs/plugins/scorm) and the SCORM runtime feature
 * (libs/api/feature-scorm), which may not import a plugin: one schema, so the two cannot drift apart.
 */

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

/** A package's metadata as the SCORM material processor stores it on the library version. */
export const scormPackageMetadataSchema = z.object({
  version: z.enum(['1.2', '2004']),
  title: z.string(),
  packagePrefix: z.string().min(1),
  launchables: z.array(z.object({ itemIdentifier: z.string(), title: z.string(), launch: z.string(), scormType: z.enum(['sco', 'asset']).nullable() })),
});
export type ScormPackageMetadata = z.infer<typeof scormPackageMetadataSchema>;
