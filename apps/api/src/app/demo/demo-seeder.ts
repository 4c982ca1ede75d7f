import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@tunas/api/core';
import { CourseSeedService, ExtraSeedModule } from '@tunas/api/feature-courses';
import { QuizSeedService } from '@tunas/api/feature-quiz';
import { MaterialsDemoSeedService } from '@tunas/api/feature-materials';
import { DemoSeedService } from '@tunas/api/feature-identity';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Demo mode only: people and organisations first, then the courses they teach and take. */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly people: DemoSeedService,
    private readonly courses: CourseSeedService,
    private readonly quizzes: QuizSeedService,
    private readonly materials: MaterialsDemoSeedService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.mode !== 'demo') return;
    await this.people.seedOnce();
    await this.courses.seed(seedCoursesDir(), 'pelatih@tunas.test', 'pelajar@tunas.test', async (author, courseId, dir): Promise<ExtraSeedModule[]> => {
      const file = join(dir, 'quiz.gift');
      if (!existsSync(file)) return [];
      const settings = await this.quizzes.courseQuiz(author, courseId, 'Bank soal kuis akhir', readFileSync(file, 'utf8'));
      return [{ title: 'Evaluasi Akhir', summary: 'Kuis akhir atas seluruh modul: nilai lulus 70, boleh diulang.', activities: [{ type: 'quiz', title: 'Kuis akhir', content: settings }] }];
    });
    await this.materials.seedOnce('mitra@tunas.test', [
      {
        path: join(seedCoursesDir(), 'dasar-manajemen-proyek', 'files', 'lembar-kerja-register-risiko.pdf'),
        fileName: 'lembar-kerja-register-risiko.pdf',
        title: 'Lembar kerja register risiko proyek desa',
        topic: 'Manajemen proyek',
        description: 'Format register risiko untuk pengelolaan proyek desa: identifikasi, dampak, kemungkinan dan rencana tanggapan.',
      },
      {
        path: join(seedCoursesDir(), 'teknik-fasilitasi-partisipatif', 'files', 'daftar-periksa-fasilitasi-musyawarah.pdf'),
        fileName: 'daftar-periksa-fasilitasi-musyawarah.pdf',
        title: 'Daftar periksa fasilitasi musyawarah',
        topic: 'Fasilitasi',
        description: 'Daftar periksa sebelum, selama dan sesudah memfasilitasi musyawarah warga.',
      },
    ]);
  }
}

/** Copied next to the built API by the webpack assets step; read from tools/ when running from source. */
export function seedCoursesDir(): string {
  return process.env['TUNAS_SEED_DIR'] ?? join(__dirname, 'seed', 'courses');
}
