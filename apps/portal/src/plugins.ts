import { type EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';
import { QuizAuthoringLookupService } from '@tunas/portal/data-access/quiz';
import { LibraryMaterialsGateway } from '@tunas/portal/data-access/library';
import { ScormRuntimeApi } from '@tunas/portal/data-access/scorm';
import {
  type AnyActivityUi,
  type AnyQuestionUi,
  LIBRARY_MATERIALS,
  QUIZ_AUTHORING_LOOKUP,
  provideActivityUis,
  provideQuestionUis,
} from '@tunas/portal/plugin-sdk';
import { documentActivityUi } from '@tunas/plugins/document/portal';
import { linkActivityUi } from '@tunas/plugins/link/portal';
import { pageActivityUi } from '@tunas/plugins/page/portal';
import { questionsPortalUis } from '@tunas/plugins/questions/portal';
import { quizActivityUi } from '@tunas/plugins/quiz/portal';
import { SCORM_RUNTIME_GATEWAY, scormActivityUi } from '@tunas/plugins/scorm/portal';
import { videoActivityUi } from '@tunas/plugins/video/portal';

/**
 * The one list of installed portal activity UIs; the API's list is apps/api/src/plugins.ts and the two
 * name the same types. Loaded together with the course screens, never with the first page.
 */
export const INSTALLED_ACTIVITY_UIS: readonly AnyActivityUi[] = [pageActivityUi, videoActivityUi, documentActivityUi, linkActivityUi, quizActivityUi, scormActivityUi];

export function provideInstalledActivityUis(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideActivityUis(INSTALLED_ACTIVITY_UIS),
    // The quiz activity's editor lists banks and questions through this (plugins may not use data access).
    { provide: QUIZ_AUTHORING_LOOKUP, useExisting: QuizAuthoringLookupService },
    // The SCORM player launches and commits, and its editor lists library packages, through this.
    { provide: SCORM_RUNTIME_GATEWAY, useExisting: ScormRuntimeApi },
    // Document and video activities pick library materials, and learners get their file addresses, through this.
    { provide: LIBRARY_MATERIALS, useExisting: LibraryMaterialsGateway },
  ]);
}

/**
 * The one list of installed portal question UIs; the API installs the same question types. Loaded
 * together with the quiz screens, never with the first page.
 */
export const INSTALLED_QUESTION_UIS: readonly AnyQuestionUi[] = [...questionsPortalUis];

export function provideInstalledQuestionUis(): EnvironmentProviders {
  return provideQuestionUis(INSTALLED_QUESTION_UIS);
}
