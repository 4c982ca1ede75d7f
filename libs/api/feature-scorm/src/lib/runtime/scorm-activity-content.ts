import { z } from 'zod';

/*
 * Features never import plugins, so this is the part of the `scorm` activity's contract the runtime needs. The
 * plugin's own schemas (libs/plugins/scorm/common) stay the authority: the courses feature validates stored content
 * and every state written through CoursePort.recordServerState against them.
 */

export type ScormCompletionStatus = 'completed' | 'incomplete' | 'not attempted' | 'unknown';
export type ScormSuccessStatus = 'passed' | 'failed' | 'unknown';
export type ScormCompletionRule = 'completed' | 'passed' | 'completed-or-passed';

export const scormActivityContentSchema = z.object({
  materialVersionId: z.string().uuid(),
  version: z.enum(['1.2', '2004']),
  launchItem: z.string().min(1).max(255),
  launch: z.string().min(1).max(1000),
  completionRule: z.enum(['completed', 'passed', 'completed-or-passed']).default('completed-or-passed'),
  masteryScore: z.number().min(0).max(1).optional(),
});
export type ScormActivityContent = z.infer<typeof scormActivityContentSchema>;

/** The learner-visible state of the plugin (`scormStateSchema`). */
export interface ScormActivityState {
  attempts: number;
  completionStatus: ScormCompletionStatus;
  successStatus: ScormSuccessStatus;
  scoreScaled: number | null;
  location: string | null;
}

export function ruleMet(rule: ScormCompletionRule, statuses: { completionStatus: ScormCompletionStatus; successStatus: ScormSuccessStatus }): boolean {
  const completed = statuses.completionStatus === 'completed';
  const passed = statuses.successStatus === 'passed';
  switch (rule) {
    case 'completed':
      return completed;
    case 'passed':
      return passed;
    case 'completed-or-passed':
      return completed || passed;
  }
}

/** A package's metadata as the SCORM material processor stored it on the library version. */
export const scormPackageMetadataSchema = z.object({
  version: z.enum(['1.2', '2004']),
  title: z.string(),
  packagePrefix: z.string().min(1),
  launchables: z.array(z.object({ itemIdentifier: z.string(), title: z.string(), launch: z.string(), scormType: z.enum(['sco', 'asset']).nullable() })),
});
export type ScormPackageMetadata = z.infer<typeof scormPackageMetadataSchema>;
