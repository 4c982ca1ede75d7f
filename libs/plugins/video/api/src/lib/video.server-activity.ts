import { ServerActivityType } from '@tunas/api/plugin-sdk';
import { videoActivity, VideoContent, VideoState } from '@tunas/plugins/video/common';

/** Nothing to hide or render on the server: the shared definition is the whole plugin. */
export const videoServerActivity: ServerActivityType<VideoContent, VideoState> = {
  definition: videoActivity,
};
