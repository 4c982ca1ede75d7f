import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@tunas/api/core';
import { Role } from '@tunas/shared/contracts';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { DataSource } from 'typeorm';
import { AuthoringService } from '../authoring/authoring.service';
import { CourseEntity, TopicEntity } from '../entities/course.entities';
import { LearningService } from '../learning/learning.service';

interface SeedActivity {
  type: 'page' | 'document' | 'link' | 'video';
  title: string;
  file?: string;
  url?: string;
  description?: string;
  estimatedMinutes?: number;
  captions?: string;
  durationSeconds?: number;
}

interface SeedCourse {
  slug: string;
  title: string;
  summary: string;
  topic: string;
  competencyType: 'TEKNIS' | 'MANAJERIAL' | 'SOSIAL_KULTURAL';
  jpHours: number;
  level: 'DASAR' | 'MENENGAH' | 'LANJUT';
  language: string;
  modules: Array<{ title: string; summary: string; activities: SeedActivity[] }>;
}

/** URL under which the seed courses' files are served (see apps/api main.ts). */
export const SEED_FILES_URL = '/files/seed';

/** A file named relative to a course folder ("files/x.pdf", or "../demo/x.webm" for shared media). */
function seedFileUrl(slug: string, file: string): string {
  const path = posix.normalize(`${slug}/${file}`);
  if (path.startsWith('..')) throw new Error(`Seed file ${file} of ${slug} points outside the seed folder`);
  return `${SEED_FILES_URL}/${path}`;
}

export interface ExtraSeedModule {
  title: string;
  summary: string;
  activities: Array<{ type: string; title: string; content: unknown }>;
}

export type ExtraSeedModules = (author: Principal, courseId: string, seedCourseDir: string) => Promise<ExtraSeedModule[]>;

/**
 * Loads the demo courses from tools/seed/courses through the same authoring path trainers use,
 * so the seed proves the plugins and publishing as much as it fills the catalogue.
 */
@Injectable()
export class CourseSeedService {
  private readonly logger = new Logger(CourseSeedService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly authoring: AuthoringService,
    private readonly learning: LearningService,
  ) {}

  /**
   * `extraModules` lets other features add what they own (the quiz engine adds each course's final quiz) before
   * the course is published; it runs with the author's principal once the seed's own modules exist.
   */
  async seed(seedDir: string, authorEmail: string, learnerEmail: string | null, extraModules?: ExtraSeedModules): Promise<number> {
    if ((await this.dataSource.getRepository(CourseEntity).count()) > 0 || !existsSync(seedDir)) return 0;
    const [author] = (await this.dataSource.query('SELECT id FROM users WHERE email = ?', [authorEmail])) as Array<{ id: string }>;
    if (!author) return 0;
    const principal: Principal = { userId: author.id, roles: [Role.TRAINER], sessionId: 'demo-seed' };
    const topics = new Map((await this.dataSource.getRepository(TopicEntity).find()).map((topic) => [topic.code, topic.id]));
    const slugs = readdirSync(seedDir).filter((name) => existsSync(join(seedDir, name, 'course.json'))).sort();
    const courseIds: string[] = [];
    for (const slug of slugs) {
      const dir = join(seedDir, slug);
      const seed = JSON.parse(readFileSync(join(dir, 'course.json'), 'utf8')) as SeedCourse;
      const topicId = topics.get(seed.topic);
      if (!topicId) throw new Error(`Seed course ${slug} names unknown topic ${seed.topic}`);
      const course = await this.authoring.create(principal, {
        title: seed.title,
        summary: seed.summary,
        topicId,
        competencyType: seed.competencyType,
        jpHours: seed.jpHours,
        level: seed.level,
        language: seed.language,
      });
      for (const module of seed.modules) {
        await this.authoring.addModule(principal, { courseId: course.id, title: module.title, summary: module.summary, requiresPrevious: false });
        const preview = await this.learning.preview(principal, course.id);
        const moduleId = preview.modules[preview.modules.length - 1].id;
        for (const activity of module.activities) {
          await this.authoring.addActivity(principal, { moduleId, type: activity.type, title: activity.title, required: true, content: this.content(dir, slug, activity) });
        }
      }
      for (const module of (await extraModules?.(principal, course.id, dir)) ?? []) {
        await this.authoring.addModule(principal, { courseId: course.id, title: module.title, summary: module.summary, requiresPrevious: false });
        const preview = await this.learning.preview(principal, course.id);
        const moduleId = preview.modules[preview.modules.length - 1].id;
        for (const activity of module.activities) {
          await this.authoring.addActivity(principal, { moduleId, type: activity.type, title: activity.title, required: true, content: activity.content });
        }
      }
      await this.authoring.publish(principal, course.id);
      courseIds.push(course.id);
    }
    if (learnerEmail && courseIds[0]) {
      const [learner] = (await this.dataSource.query('SELECT id FROM users WHERE email = ?', [learnerEmail])) as Array<{ id: string }>;
      if (learner) await this.learning.enrol(courseIds[0], learner.id, 'ADMIN', author.id);
    }
    this.logger.log(`Demo courses seeded: ${slugs.join(', ')}`);
    return courseIds.length;
  }

  private content(dir: string, slug: string, activity: SeedActivity): unknown {
    switch (activity.type) {
      case 'page':
        return { markdown: readFileSync(join(dir, activity.file!), 'utf8'), estimatedMinutes: activity.estimatedMinutes };
      case 'link':
        return { url: activity.url, description: activity.description ?? '' };
      case 'document':
        return {
          url: seedFileUrl(slug, activity.file!),
          fileName: activity.file!.split('/').pop(),
          mimeType: 'application/pdf',
          sizeBytes: statSync(join(dir, activity.file!)).size,
          description: activity.description ?? '',
        };
      case 'video':
        return {
          url: seedFileUrl(slug, activity.file!),
          ...(activity.captions ? { captionsUrl: seedFileUrl(slug, activity.captions) } : {}),
          ...(activity.durationSeconds ? { durationSeconds: activity.durationSeconds } : {}),
          description: activity.description ?? '',
        };
    }
  }
}
