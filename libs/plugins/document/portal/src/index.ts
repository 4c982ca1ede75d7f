export { documentActivityUi } from './lib/document.activity-ui';
