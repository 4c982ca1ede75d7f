import { ServerActivityType } from '@tunas/api/plugin-sdk';
import { scormActivity, ScormContent, scormLearnerContent, ScormState } from '@tunas/plugins/scorm/common';

/** The package is launched through `scormLaunch`, so learners need no material id in the course outline. */
export const scormServerActivity: ServerActivityType<ScormContent, ScormState> = {
  definition: scormActivity,
  learnerContent: scormLearnerContent,
};
