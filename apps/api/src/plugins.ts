import type { AnyServerActivityType } from '@tunas/api/plugin-sdk';
import { documentServerActivity } from '@tunas/plugins/document/api';
import { linkServerActivity } from '@tunas/plugins/link/api';
import { pageServerActivity } from '@tunas/plugins/page/api';
import { videoServerActivity } from '@tunas/plugins/video/api';

/** The one list of installed activity types. Add a plugin here (and in apps/portal/src/plugins.ts). */
export const ACTIVITY_TYPE_PLUGINS: readonly AnyServerActivityType[] = [pageServerActivity, videoServerActivity, documentServerActivity, linkServerActivity];
