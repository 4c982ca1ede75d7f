import type { EnvironmentProviders } from '@angular/core';
import { type AnyActivityUi, provideActivityUis } from '@tunas/portal/plugin-sdk';
import { documentActivityUi } from '@tunas/plugins/document/portal';
import { linkActivityUi } from '@tunas/plugins/link/portal';
import { pageActivityUi } from '@tunas/plugins/page/portal';
import { videoActivityUi } from '@tunas/plugins/video/portal';

/**
 * The one list of installed portal activity UIs; the API's list is apps/api/src/plugins.ts and the two
 * name the same types. Loaded together with the course screens, never with the first page.
 */
export const INSTALLED_ACTIVITY_UIS: readonly AnyActivityUi[] = [pageActivityUi, videoActivityUi, documentActivityUi, linkActivityUi];

export function provideInstalledActivityUis(): EnvironmentProviders {
  return provideActivityUis(INSTALLED_ACTIVITY_UIS);
}
