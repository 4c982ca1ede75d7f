import { computed, signal } from '@angular/core';
import { DeferBlockState, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { AuthStore, type Role, type SessionUser } from '@tunas/portal/data-access';
import { MatIconRegistry } from '@angular/material/icon';
import { of } from 'rxjs';
import { HomePageComponent } from './home-page.component';

function person(roles: Role[]): SessionUser {
  return { id: 'u1', name: 'Rina', email: 'rina@tunas.test', nip: null, roles, orgUnit: null, institution: null };
}

async function renderFor(roles: Role[]): Promise<HTMLElement> {
  const user = signal<SessionUser | null>(person(roles));
  await TestBed.configureTestingModule({
    imports: [
      HomePageComponent,
      TranslocoTestingModule.forRoot({
        langs: { id: { home: { learner: { heading: 'Pelajar' }, admin: { heading: 'Administrator' } } } },
        translocoConfig: { availableLangs: ['id'], defaultLang: 'id' },
        preloadLangs: true,
      }),
    ],
    providers: [
      provideRouter([]),
      { provide: AuthStore, useValue: { user, roles: computed(() => user()?.roles ?? []) } },
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

  it('links an admin to the admin screens', async () => {
    const element = await renderFor(['ADMIN']);

    const links = Array.from(element.querySelectorAll('[data-testid="home-admin"] a')).map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/admin/pengguna', '/admin/unit-organisasi', '/admin/institusi-mitra', '/admin/impor-pengguna']);
  });
});
