export { supervisionRoutes } from './lib/supervision.routes';
