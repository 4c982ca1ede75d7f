export { videoActivityUi } from './lib/video.activity-ui';
