import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@tunas/api/core';
import { CourseSeedService } from '@tunas/api/feature-courses';
import { DemoSeedService } from '@tunas/api/feature-identity';
import { join } from 'node:path';

/** Demo mode only: people and organisations first, then the courses they teach and take. */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly people: DemoSeedService,
    private readonly courses: CourseSeedService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.mode !== 'demo') return;
    await this.people.seedOnce();
    await this.courses.seed(seedCoursesDir(), 'pelatih@tunas.test', 'pelajar@tunas.test');
  }
}

/** Copied next to the built API by the webpack assets step; read from tools/ when running from source. */
export function seedCoursesDir(): string {
  return process.env['TUNAS_SEED_DIR'] ?? join(__dirname, 'seed', 'courses');
}
