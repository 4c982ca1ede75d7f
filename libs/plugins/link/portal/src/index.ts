export { linkActivityUi } from './lib/link.activity-ui';
