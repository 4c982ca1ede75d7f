export { pageActivityUi } from './lib/page.activity-ui';
