import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { mutateData, queryData } from '../apollo/graphql-call.util';
import {
  type AddActivityInput,
  AddActivityDocument,
  type AddModuleInput,
  AddCourseModuleDocument,
  type CreateCourseInput,
  CreateCourseDocument,
  CoursePreviewDocument,
  MyAuthoredCoursesDocument,
  PublishCourseDocument,
  RemoveActivityDocument,
  RemoveCourseModuleDocument,
  type UpdateActivityInput,
  UpdateActivityDocument,
  type UpdateCourseInput,
  UpdateCourseDocument,
  type UpdateModuleInput,
  UpdateCourseModuleDocument,
} from '../generated/courses.graphql';
import type { CourseCard, CourseOutline } from './courses.api';

/**
 * What trainers, partner staff and admins do to a course draft. Every structural change answers with the
 * whole draft outline, whose `course.version` is the one to send with the next `update`.
 */
@Injectable({ providedIn: 'root' })
export class CourseAuthoringApi {
  private readonly apollo = inject(Apollo);

  async authored(): Promise<readonly CourseCard[]> {
    return (await queryData(this.apollo, MyAuthoredCoursesDocument, {})).myAuthoredCourses;
  }

  /** The draft as a learner would see it; nothing is recorded. */
  async preview(courseId: string): Promise<CourseOutline> {
    return (await queryData(this.apollo, CoursePreviewDocument, { courseId }, 'no-cache')).coursePreview;
  }

  async create(input: CreateCourseInput): Promise<CourseCard> {
    return (await mutateData(this.apollo, CreateCourseDocument, { input })).createCourse;
  }

  /** Refused with CONFLICT / STALE_VERSION when `version` is not the latest. */
  async update(input: UpdateCourseInput): Promise<CourseCard> {
    return (await mutateData(this.apollo, UpdateCourseDocument, { input })).updateCourse;
  }

  async publish(courseId: string): Promise<CourseCard> {
    return (await mutateData(this.apollo, PublishCourseDocument, { courseId })).publishCourse;
  }

  async addModule(input: AddModuleInput): Promise<CourseOutline> {
    return (await mutateData(this.apollo, AddCourseModuleDocument, { input })).addCourseModule;
  }

  async updateModule(input: UpdateModuleInput): Promise<CourseOutline> {
    return (await mutateData(this.apollo, UpdateCourseModuleDocument, { input })).updateCourseModule;
  }

  async removeModule(id: string): Promise<CourseOutline> {
    return (await mutateData(this.apollo, RemoveCourseModuleDocument, { id })).removeCourseModule;
  }

  async addActivity(input: AddActivityInput): Promise<CourseOutline> {
    return (await mutateData(this.apollo, AddActivityDocument, { input })).addActivity;
  }

  async updateActivity(input: UpdateActivityInput): Promise<CourseOutline> {
    return (await mutateData(this.apollo, UpdateActivityDocument, { input })).updateActivity;
  }

  async removeActivity(id: string): Promise<CourseOutline> {
    return (await mutateData(this.apollo, RemoveActivityDocument, { id })).removeActivity;
  }
}
