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

/** One of my enrolments with its catalogue entry (null when the course is no longer visible to me). */
export interface MyCourse {
  readonly enrolment: Enrolment;
  readonly course: CourseCard | null;
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

  async myEnrolments(): Promise<readonly Enrolment[]> {
    return (await queryData(this.apollo, MyEnrolmentsDocument, {})).myEnrolments;
  }

  /**
   * My enrolments with their courses. Enrolment carries only the course id, so each course is fetched on
   * its own (in parallel); see the API request in the courses issue for `Enrolment.course`.
   */
  async myCourses(): Promise<readonly MyCourse[]> {
    const enrolments = await this.myEnrolments();
    const courses = await Promise.allSettled(enrolments.map((enrolment) => this.course(enrolment.courseId)));
    return enrolments.map((enrolment, index) => {
      const found = courses[index];
      return { enrolment, course: found.status === 'fulfilled' ? found.value : null };
    });
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
