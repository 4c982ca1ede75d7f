import type { EnvironmentProviders } from '@angular/core';
import { type AnyActivityUi, type AnyQuestionUi, provideActivityUis, provideQuestionUis } from '@tunas/portal/plugin-sdk';
import { documentActivityUi } from '@tunas/plugins/document/portal';
import { linkActivityUi } from '@tunas/plugins/link/portal';
import { pageActivityUi } from '@tunas/plugins/page/portal';
import { questionsPortalUis } from '@tunas/plugins/questions/portal';
import { videoActivityUi } from '@tunas/plugins/video/portal';

/**
 * The one list of installed portal activity UIs; the API's list is apps/api/src/plugins.ts and the two
 * name the same types. Loaded together with the course screens, never with the first page.
 */
export const INSTALLED_ACTIVITY_UIS: readonly AnyActivityUi[] = [pageActivityUi, videoActivityUi, documentActivityUi, linkActivityUi];

export function provideInstalledActivityUis(): EnvironmentProviders {
  return provideActivityUis(INSTALLED_ACTIVITY_UIS);
}

/**
 * The one list of installed portal question UIs; the API installs the same question types. Loaded
 * together with the quiz screens, never with the first page.
 */
export const INSTALLED_QUESTION_UIS: readonly AnyQuestionUi[] = [...questionsPortalUis];

export function provideInstalledQuestionUis(): EnvironmentProviders {
  return provideQuestionUis(INSTALLED_QUESTION_UIS);
}
