import { defineActivityUi } from '@tunas/portal/plugin-sdk';
import { type VideoContent, type VideoState, videoActivity } from '@tunas/plugins/video/common';

/** A video: played in the browser with captions, complete once enough of it was really watched. */
export const videoActivityUi = defineActivityUi<VideoContent, VideoState>({
  definition: videoActivity,
  icon: 'M10 16.5l6-4.5-6-4.5v9zM12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8z',
  loadView: () => import('./video-view.component').then((m) => m.VideoViewComponent),
  loadEditor: () => import('./video-editor.component').then((m) => m.VideoEditorComponent),
});
