import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { mutateData, queryData } from '../apollo/graphql-call.util';
import {
  CourseDocument,
  type CourseCardFragment,
  type CourseFilter,
  CourseOutlineDocument,
  type CourseOutlineDetailFragment,
  type CoursePageInput,
  type CoursesQuery,
  CoursesDocument,
  EnrolByCsvDocument,
  type EnrolByCsvMutation,
  EnrolInCourseDocument,
  type EnrolmentDetailFragment,
  MyEnrolmentsDocument,
  type TopicsQuery,
  TopicsDocument,
} from '../generated/courses.graphql';

export type CourseCard = CourseCardFragment;
export type CoursePage = CoursesQuery['courses'];
export type CourseOutline = CourseOutlineDetailFragment;
export type CourseModule = CourseOutline['modules'][number];
export type CourseActivity = CourseModule['activities'][number];
export type Enrolment = EnrolmentDetailFragment;
export type Topic = TopicsQuery['topics'][number];
export type EnrolmentReport = EnrolByCsvMutation['enrolByCsv'];

/** One of my enrolments with its catalogue entry. */
export interface MyCourse {
  readonly enrolment: Enrolment;
  readonly course: CourseCard;
}

/** The catalogue, enrolment and the outline a learner studies. */
@Injectable({ providedIn: 'root' })
export class CoursesApi {
  private readonly apollo = inject(Apollo);

  async topics(): Promise<readonly Topic[]> {
    return (await queryData(this.apollo, TopicsDocument, {})).topics;
  }

  async catalogue(filter: CourseFilter, page: CoursePageInput): Promise<CoursePage> {
    return (await queryData(this.apollo, CoursesDocument, { filter, page })).courses;
  }

  async course(id: string): Promise<CourseCard> {
    return (await queryData(this.apollo, CourseDocument, { id })).course;
  }

  /** My enrolments, in progress first, each with its course (one request; the API batches the courses). */
  async myCourses(): Promise<readonly MyCourse[]> {
    const { myEnrolments } = await queryData(this.apollo, MyEnrolmentsDocument, {});
    return myEnrolments.map(({ course, ...enrolment }) => ({ enrolment, course }));
  }

  async outline(courseId: string): Promise<CourseOutline> {
    return (await queryData(this.apollo, CourseOutlineDocument, { courseId }, 'no-cache')).courseOutline;
  }

  async enrol(courseId: string): Promise<Enrolment> {
    return (await mutateData(this.apollo, EnrolInCourseDocument, { courseId })).enrolInCourse;
  }

  /** Admins and supervisors: enrol the people listed in a CSV with a `nip` column. */
  async enrolByCsv(courseId: string, csv: string): Promise<EnrolmentReport> {
    return (await mutateData(this.apollo, EnrolByCsvDocument, { input: { courseId, csv } })).enrolByCsv;
  }
}
