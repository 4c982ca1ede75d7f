export { authoringRoutes, catalogueRoutes, myCoursesRoutes, studyRoutes } from './lib/course.routes';
