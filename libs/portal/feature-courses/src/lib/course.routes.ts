import type { Route, UrlMatchResult, UrlSegment } from '@angular/router';

/** `/belajar/:courseId` and `/belajar/:courseId/:activityId` as one route, so moving on keeps the player. */
export function studyMatcher(segments: UrlSegment[]): UrlMatchResult | null {
  if (segments.length < 1 || segments.length > 2) {
    return null;
  }
  const [course, activity] = segments;
  return { consumed: segments, posParams: { courseId: course, ...(activity ? { activityId: activity } : {}) } };
}

/** `/ajar/:courseId/pratinjau[/:activityId]`: the same player, read-only, over the draft. */
export function previewMatcher(segments: UrlSegment[]): UrlMatchResult | null {
  if (segments.length < 2 || segments.length > 3 || segments[1].path !== 'pratinjau') {
    return null;
  }
  const [course, , activity] = segments;
  return { consumed: segments, posParams: { courseId: course, ...(activity ? { activityId: activity } : {}) } };
}

const loadPlayer = () => import('./player/course-player-page.component').then((m) => m.CoursePlayerPageComponent);

/** `/kursus`: the catalogue and a course's page. */
export const catalogueRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.catalogue',
    loadComponent: () => import('./catalogue/catalogue-page.component').then((m) => m.CataloguePageComponent),
  },
  {
    path: ':id',
    title: 'titles.course',
    loadComponent: () => import('./course-detail/course-detail-page.component').then((m) => m.CourseDetailPageComponent),
  },
];

/** `/kursus-saya`. */
export const myCoursesRoutes: Route[] = [
  {
    path: '',
    title: 'titles.myCourses',
    loadComponent: () => import('./my-courses/my-courses-page.component').then((m) => m.MyCoursesPageComponent),
  },
];

/** `/belajar`: the course player. Needs the installed activity UIs (provided by the app around it). */
export const studyRoutes: Route[] = [{ matcher: studyMatcher, title: 'titles.player', loadComponent: loadPlayer }];

/** `/ajar`: authoring for trainers, partner staff and admins. Needs the installed activity UIs. */
export const authoringRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.authoring',
    loadComponent: () => import('./authoring/authored-courses-page.component').then((m) => m.AuthoredCoursesPageComponent),
  },
  {
    path: 'baru',
    title: 'titles.createCourse',
    loadComponent: () => import('./authoring/course-create-page.component').then((m) => m.CourseCreatePageComponent),
  },
  { matcher: previewMatcher, title: 'titles.preview', data: { preview: true }, loadComponent: loadPlayer },
  {
    path: ':id',
    title: 'titles.courseEditor',
    loadComponent: () => import('./authoring/course-editor-page.component').then((m) => m.CourseEditorPageComponent),
  },
];
