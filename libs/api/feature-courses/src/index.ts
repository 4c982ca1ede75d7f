export * from './lib/courses.module';
export * from './lib/entities/course.entities';
export * from './lib/versions/course-structure';
export * from './lib/demo/course-seed.service';
