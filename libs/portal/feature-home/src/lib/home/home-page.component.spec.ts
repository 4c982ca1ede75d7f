import { computed, signal } from '@angular/core';
import { DeferBlockState, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { AuthStore, type Role, type SessionUser } from '@tunas/portal/data-access';
import { CoursesApi, type MyCourse } from '@tunas/portal/data-access/courses';
import { LearningApi, type LearningRecord } from '@tunas/portal/data-access/learning';
import { MatIconRegistry } from '@angular/material/icon';
import { of } from 'rxjs';
import { HomePageComponent } from './home-page.component';

function person(roles: Role[]): SessionUser {
  return { id: 'u1', name: 'Rina', email: 'rina@tunas.test', nip: null, roles, orgUnit: null, institution: null };
}

const thisYear = new Date().getFullYear();
const MY_COURSES: MyCourse[] = [
  {
    enrolment: {
      id: 'e1',
      courseId: 'c1',
      status: 'ACTIVE',
      progress: 0.5,
      source: 'SELF',
      enrolledAt: `${thisYear}-01-05T01:00:00.000Z`,
      completedAt: null,
      lastAccessedAt: null,
      lastActivityId: null,
      versionNumber: 1,
    },
    course: course('c1', 'Teknik Fasilitasi Partisipatif', 3),
  },
  {
    enrolment: {
      id: 'e2',
      courseId: 'c2',
      status: 'COMPLETED',
      progress: 1,
      source: 'SELF',
      enrolledAt: `${thisYear}-01-02T01:00:00.000Z`,
      completedAt: `${thisYear}-02-01T01:00:00.000Z`,
      lastAccessedAt: null,
      lastActivityId: null,
      versionNumber: 1,
    },
    course: course('c2', 'Dasar-Dasar Manajemen Proyek Pembangunan', 4),
  },
];

const LEARNING_RECORD: LearningRecord = {
  year: thisYear,
  totalJp: 4,
  targetJp: 20,
  remainingJp: 16,
  targetReached: false,
  byCompetencyType: [{ competencyType: 'TEKNIS', jpHours: 4 }],
  entries: [],
  externalLearning: [],
};

function course(id: string, title: string, jpHours: number): MyCourse['course'] {
  return {
    id,
    title,
    summary: '',
    jpHours,
    level: 'DASAR',
    competencyType: 'TEKNIS',
    language: 'id',
    status: 'PUBLISHED',
    version: 1,
    moduleCount: 3,
    activityCount: 8,
    publishedAt: null,
    coverImageUrl: null,
    enrolmentClosesAt: null,
    topic: { id: 't1', code: 'MANAJEMEN_PROYEK', name: 'Manajemen proyek' },
  };
}

async function renderFor(roles: Role[]): Promise<HTMLElement> {
  const user = signal<SessionUser | null>(person(roles));
  await TestBed.configureTestingModule({
    imports: [
      HomePageComponent,
      TranslocoTestingModule.forRoot({
        langs: {
          id: {
            home: { learner: { heading: 'Pelajar' }, admin: { heading: 'Administrator' } },
            learning: { ring: { label: '{{ done }} dari {{ target }} JP' } },
          },
        },
        translocoConfig: { availableLangs: ['id'], defaultLang: 'id' },
        preloadLangs: true,
      }),
    ],
    providers: [
      provideRouter([]),
      { provide: AuthStore, useValue: { user, roles: computed(() => user()?.roles ?? []) } },
      { provide: CoursesApi, useValue: { myCourses: () => Promise.resolve(MY_COURSES) } },
      { provide: LearningApi, useValue: { myLearningRecord: () => Promise.resolve(LEARNING_RECORD) } },
      {
        provide: MatIconRegistry,
        useValue: {
          getNamedSvgIcon: () => of(document.createElementNS('http://www.w3.org/2000/svg', 'svg')),
          getDefaultFontSetClass: () => [],
        },
      },
    ],
  }).compileComponents();
  const fixture = TestBed.createComponent(HomePageComponent);
  await fixture.whenStable();
  // Each role's section is a deferred chunk: render them as a loaded page would.
  for (const block of await fixture.getDeferBlocks()) {
    await block.render(DeferBlockState.Complete);
  }
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

const sectionsOf = (element: HTMLElement) =>
  Array.from(element.querySelectorAll('[data-testid^="home-"]')).map((section) => section.getAttribute('data-testid'));

describe('HomePageComponent', () => {
  it('shows a learner only the learner section', async () => {
    const element = await renderFor(['LEARNER']);

    expect(sectionsOf(element)).toEqual(['home-learner']);
    expect(element.querySelector('[data-testid="home-learner"] h2')?.textContent?.trim()).toBe('Pelajar');
  });

  it('shows one section per role, in a fixed order, to a person with several roles', async () => {
    const element = await renderFor(['ADMIN', 'SUPERVISOR', 'LEARNER']);

    expect(sectionsOf(element)).toEqual(['home-learner', 'home-supervisor', 'home-admin']);
  });

  it("shows a learner's courses in progress with a bar and Lanjutkan, and the completed ones apart", async () => {
    const element = await renderFor(['LEARNER']);

    const current = element.querySelector('[data-testid="my-courses-in-progress"]');
    expect(current?.textContent).toContain('Teknik Fasilitasi Partisipatif');
    expect(current?.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('50');
    expect(current?.querySelector('a[href="/belajar/c1"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="my-courses-completed"]')?.textContent).toContain('Dasar-Dasar Manajemen Proyek');
    expect(element.querySelector('[data-testid="jp-this-year"]')?.getAttribute('aria-label')).toBe('4 dari 20 JP');
  });

  it('links an admin to the admin screens', async () => {
    const element = await renderFor(['ADMIN']);

    const links = Array.from(element.querySelectorAll('[data-testid="home-admin"] a')).map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/admin/pengguna', '/admin/unit-organisasi', '/admin/institusi-mitra', '/admin/impor-pengguna']);
  });
});
