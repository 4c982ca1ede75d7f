import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { courseNotFound } from '../courses.exception';
import { CourseVersionEntity } from '../entities/course.entities';
import { CourseStructure } from './course-structure';

/** A published version as the read paths need it: frozen, shared between requests. */
export interface PublishedVersion {
  readonly id: string;
  readonly courseId: string;
  readonly number: number;
  readonly structure: CourseStructure;
  readonly moduleCount: number;
  readonly activityCount: number;
}

/** How many versions stay in memory; a course's structure is a few kB to a few hundred kB of JSON. */
const CAPACITY = 500;

/**
 * Published course versions never change (publishing again writes a new version), so every replica may keep them
 * in memory: the catalogue, the learner's dashboard and the course player read the structure of the same few versions
 * on every request, and otherwise load and parse its JSON each time. Least recently used versions leave first. A miss
 * costs one query, whatever the number of versions asked for. The objects are deep-frozen: a caller that tried to
 * change a shared structure would throw rather than corrupt what other requests see.
 */
@Injectable()
export class PublishedVersions {
  private readonly versions = new Map<string, PublishedVersion>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The versions among `ids` that exist, by id. */
  async many(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, PublishedVersion>> {
    const found = new Map<string, PublishedVersion>();
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      const cached = this.versions.get(id);
      if (cached) {
        // Map order is insertion order: re-inserting marks it as the most recently used.
        this.versions.delete(id);
        this.versions.set(id, cached);
        found.set(id, cached);
      } else {
        missing.push(id);
      }
    }
    if (missing.length) {
      const rows = await manager.find(CourseVersionEntity, { where: { id: In(missing) }, select: { id: true, courseId: true, number: true, structure: true } });
      for (const row of rows) {
        const version = deepFreeze<PublishedVersion>({
          id: row.id,
          courseId: row.courseId,
          number: row.number,
          structure: row.structure,
          moduleCount: row.structure.modules.length,
          activityCount: row.structure.modules.reduce((sum, module) => sum + module.activities.length, 0),
        });
        this.remember(version);
        found.set(row.id, version);
      }
    }
    return found;
  }

  async one(id: string, manager: EntityManager = this.dataSource.manager): Promise<PublishedVersion> {
    const version = (await this.many([id], manager)).get(id);
    // A version is only ever referenced by its own course and enrolments: its absence means the course is gone.
    if (!version) throw courseNotFound(id);
    return version;
  }

  private remember(version: PublishedVersion): void {
    this.versions.set(version.id, version);
    while (this.versions.size > CAPACITY) {
      const oldest = this.versions.keys().next().value;
      if (oldest === undefined) break;
      this.versions.delete(oldest);
    }
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
