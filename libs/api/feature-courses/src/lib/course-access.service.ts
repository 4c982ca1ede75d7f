import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@tunas/api/core';
import { Role } from '@tunas/shared/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { CourseEntity, CourseTrainerEntity } from './entities/course.entities';
import { courseNotFound, CoursesException, CoursesExceptionCode } from './courses.exception';

interface PersonFacts {
  institutionId: string | null;
  orgUnitPath: string | null;
}

/** Who may author a course: admins, its trainers (co-authors), and partner staff of the owning institution. */
@Injectable()
export class CourseAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async person(userId: string, manager: EntityManager = this.dataSource.manager): Promise<PersonFacts> {
    const rows: Array<{ institution_id: string | null; path: string | null }> = await manager.query(
      'SELECT u.institution_id, o.path FROM users u LEFT JOIN org_units o ON o.id = u.org_unit_id WHERE u.id = ?',
      [userId],
    );
    return { institutionId: rows[0]?.institution_id ?? null, orgUnitPath: rows[0]?.path ?? null };
  }

  async canAuthor(principal: Principal, course: CourseEntity, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    if (principal.roles.includes(Role.ADMIN)) return true;
    if (principal.roles.includes(Role.TRAINER) || principal.roles.includes(Role.PARTNER)) {
      if (await manager.exists(CourseTrainerEntity, { where: { courseId: course.id, userId: principal.userId } })) return true;
    }
    if (principal.roles.includes(Role.PARTNER) && course.ownerInstitutionId) {
      return (await this.person(principal.userId, manager)).institutionId === course.ownerInstitutionId;
    }
    return false;
  }

  /** True for admins, and for a supervisor over the person's unit subtree or as their direct supervisor. */
  async oversees(principal: Principal, userId: string): Promise<boolean> {
    if (principal.roles.includes(Role.ADMIN) || principal.userId === userId) return true;
    if (!principal.roles.includes(Role.SUPERVISOR)) return false;
    const rows: Array<{ supervisor_id: string | null; path: string | null }> = await this.dataSource.query(
      'SELECT u.supervisor_id, o.path FROM users u LEFT JOIN org_units o ON o.id = u.org_unit_id WHERE u.id = ?',
      [userId],
    );
    if (!rows[0]) return false;
    if (rows[0].supervisor_id === principal.userId) return true;
    const own = await this.person(principal.userId);
    return !!own.orgUnitPath && !!rows[0].path && rows[0].path.startsWith(own.orgUnitPath);
  }

  /** `oversees` for many people at once, with one query per 1,000 of them: the subset the principal oversees. */
  async overseenAmong(principal: Principal, userIds: readonly string[]): Promise<Set<string>> {
    if (principal.roles.includes(Role.ADMIN)) return new Set(userIds);
    const overseen = new Set(userIds.filter((userId) => userId === principal.userId));
    if (!principal.roles.includes(Role.SUPERVISOR)) return overseen;
    const own = await this.person(principal.userId);
    for (let start = 0; start < userIds.length; start += 1000) {
      const chunk = userIds.slice(start, start + 1000);
      const rows: Array<{ id: string; supervisor_id: string | null; path: string | null }> = await this.dataSource.query(
        `SELECT u.id, u.supervisor_id, o.path FROM users u LEFT JOIN org_units o ON o.id = u.org_unit_id WHERE u.id IN (${chunk.map(() => '?').join(',')})`,
        chunk,
      );
      for (const row of rows) {
        if (row.supervisor_id === principal.userId || (!!own.orgUnitPath && !!row.path && row.path.startsWith(own.orgUnitPath))) overseen.add(row.id);
      }
    }
    return overseen;
  }

  /** Loads a course for editing, or answers "not found" to people who may not see its draft. */
  async loadForAuthoring(principal: Principal, courseId: string, manager: EntityManager = this.dataSource.manager): Promise<CourseEntity> {
    const course = await manager.findOne(CourseEntity, { where: { id: courseId } });
    if (!course) throw courseNotFound(courseId);
    if (!(await this.canAuthor(principal, course, manager))) {
      if (course.status === 'PUBLISHED') throw new CoursesException(CoursesExceptionCode.NotCourseAuthor, 'Only the course trainers, its institution and admins may edit this course');
      throw courseNotFound(courseId);
    }
    return course;
  }
}
