import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@tunas/api/core';
import { Role } from '@tunas/shared/contracts';
import { Brackets, DataSource, In } from 'typeorm';
import { AuthoringService } from '../authoring/authoring.service';
import { CourseAccessService } from '../course-access.service';
import { toCourseDTO, toTopicDTO } from '../course-mapper';
import { courseNotFound, CoursesException, CoursesExceptionCode } from '../courses.exception';
import { randomUUID } from 'node:crypto';
import { CourseDTO, CourseFilter, CoursePageDTO, CoursePageInput, TopicDTO } from '../dto/course.dto';
import { CourseEntity, CourseTrainerEntity, TopicEntity } from '../entities/course.entities';
import { CourseStructure } from '../versions/course-structure';
import { PublishedVersions } from '../versions/published-versions';

/** The catalogue of published courses, and single courses as their authors or learners may see them. */
@Injectable()
export class CatalogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CourseAccessService,
    private readonly authoring: AuthoringService,
    private readonly versions: PublishedVersions,
  ) {}

  async topics(): Promise<TopicDTO[]> {
    return (await this.dataSource.getRepository(TopicEntity).find({ order: { name: 'ASC' } })).map(toTopicDTO);
  }

  /** Published courses only; the number of queries does not depend on the page size. */
  async search(filter: CourseFilter = {}, page: CoursePageInput = { offset: 0, limit: 12 }): Promise<CoursePageDTO> {
    const query = this.dataSource
      .getRepository(CourseEntity)
      .createQueryBuilder('course')
      .innerJoinAndSelect('course.topic', 'topic')
      .where('course.status = :status', { status: 'PUBLISHED' })
      .orderBy('course.publishedAt', 'DESC')
      .addOrderBy('course.id', 'ASC')
      // The topic join is many-to-one (one row per course), so a plain LIMIT pages correctly; skip/take would add a
      // DISTINCT query over the whole result first.
      .offset(page.offset)
      .limit(page.limit);
    const words = (filter.search ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
    words.forEach((word, index) => {
      const term = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere(new Brackets((where) => where.where(`LOWER(course.title) LIKE :w${index}`, { [`w${index}`]: term }).orWhere(`LOWER(course.summary) LIKE :w${index}`)));
    });
    if (filter.topicId) query.andWhere('course.topicId = :topicId', { topicId: filter.topicId });
    if (filter.competencyType) query.andWhere('course.competencyType = :competencyType', { competencyType: filter.competencyType });
    if (filter.level) query.andWhere('course.level = :level', { level: filter.level });
    if (filter.jpMin !== undefined && filter.jpMin !== null) query.andWhere('course.jpHours >= :jpMin', { jpMin: filter.jpMin });
    if (filter.jpMax !== undefined && filter.jpMax !== null) query.andWhere('course.jpHours <= :jpMax', { jpMax: filter.jpMax });
    const [courses, total] = await Promise.all([query.getMany(), query.getCount()]);
    return Object.assign(new CoursePageDTO(), { items: await this.withPublishedCounts(courses), total });
  }

  /** A published course for everyone signed in; a draft only for its authors. */
  async get(principal: Principal, id: string): Promise<CourseDTO> {
    const course = await this.dataSource.getRepository(CourseEntity).findOne({ where: { id }, relations: { topic: true } });
    if (!course) throw courseNotFound(id);
    if (course.status === 'PUBLISHED' && course.publishedVersionId) {
      const version = await this.versions.one(course.publishedVersionId);
      return toCourseDTO(course, course.topic!, { modules: version.moduleCount, activities: version.activityCount });
    }
    if (!(await this.access.canAuthor(principal, course))) throw courseNotFound(id);
    return toCourseDTO(course, course.topic!, countOf(await this.authoring.draftStructure(course.id)));
  }

  /**
   * Courses by id as enrolled learners see them (the catalogue entry of the version they study is the published one).
   * At most two queries whatever the number of ids (one once the versions are in memory): for DataLoaders.
   */
  async findEnrolledCourses(ids: readonly string[]): Promise<CourseDTO[]> {
    if (ids.length === 0) return [];
    const courses = await this.dataSource.getRepository(CourseEntity).find({ where: { id: In([...ids]) }, relations: { topic: true } });
    return this.withPublishedCounts(courses);
  }

  /** Catalogue entries: sizes from the published versions (kept in memory, see PublishedVersions). */
  private async withPublishedCounts(courses: CourseEntity[]): Promise<CourseDTO[]> {
    const versions = await this.versions.many(courses.map((course) => course.publishedVersionId).filter((id): id is string => !!id));
    return courses.map((course) => {
      const version = versions.get(course.publishedVersionId ?? '');
      return toCourseDTO(course, course.topic!, version ? { modules: version.moduleCount, activities: version.activityCount } : { modules: 0, activities: 0 });
    });
  }

  async createTopic(code: string, name: string): Promise<TopicDTO> {
    const normalised = code.trim().toUpperCase().replace(/[^A-Z0-9]+/g, '_');
    if (await this.dataSource.getRepository(TopicEntity).exists({ where: { code: normalised } })) {
      throw new CoursesException(CoursesExceptionCode.UnknownTopic, `Topic ${normalised} already exists`, [{ field: 'code', rule: 'TOPIC_CODE_TAKEN', message: 'This topic code is already used' }]);
    }
    const topic = Object.assign(new TopicEntity(), { id: randomUUID(), code: normalised, name: name.trim(), createdAt: new Date() });
    await this.dataSource.getRepository(TopicEntity).insert(topic);
    return toTopicDTO(topic);
  }

  /** Courses the caller authors (trainer, co-author, own institution; everything for admins). */
  async authored(principal: Principal): Promise<CourseDTO[]> {
    const repository = this.dataSource.getRepository(CourseEntity);
    const trained = await this.dataSource.getRepository(CourseTrainerEntity).find({ where: { userId: principal.userId } });
    const person = await this.access.person(principal.userId);
    const admin = principal.roles.includes(Role.ADMIN);
    const courses = await repository.find({
      where: admin ? {} : [{ id: In(trained.map((row) => row.courseId).concat('-')) }, ...(person.institutionId && principal.roles.includes(Role.PARTNER) ? [{ ownerInstitutionId: person.institutionId }] : [])],
      relations: { topic: true },
      order: { updatedAt: 'DESC' },
    });
    // Draft sizes for all of them in two grouped queries, not one structure load per course.
    const ids = courses.map((course) => course.id);
    const countBy = async (table: string) =>
      new Map(
        ids.length
          ? ((await this.dataSource.query(`SELECT course_id, COUNT(*) AS n FROM ${table} WHERE course_id IN (${ids.map(() => '?').join(',')}) GROUP BY course_id`, ids)) as Array<{ course_id: string; n: number | string }>).map((row) => [row.course_id, Number(row.n)])
          : [],
      );
    const [modules, activities] = [await countBy('course_modules'), await countBy('course_activities')];
    return courses.map((course) => toCourseDTO(course, course.topic!, { modules: modules.get(course.id) ?? 0, activities: activities.get(course.id) ?? 0 }));
  }
}

export function countOf(structure: CourseStructure): { modules: number; activities: number } {
  return { modules: structure.modules.length, activities: structure.modules.reduce((sum, module) => sum + module.activities.length, 0) };
}
