import { defineActivityType } from '@tunas/shared/plugin-sdk';
import { INITIAL_SCORM_STATE, ScormCompletionRule, ScormContent, scormContentSchema, scormRuleMet, ScormState, scormStateSchema } from '@tunas/shared/contracts';
import { z } from 'zod';

// The contract lives in @tunas/shared/contracts, where the SCORM runtime feature reads it too.
export {
  INITIAL_SCORM_STATE,
  scormCompletionRuleSchema,
  scormCompletionStatusSchema,
  scormContentSchema,
  scormRuleMet,
  scormStateSchema,
  scormSuccessStatusSchema,
} from '@tunas/shared/contracts';
export type { ScormCompletionRule, ScormCompletionStatus, ScormContent, ScormState, ScormSuccessStatus } from '@tunas/shared/contracts';

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
