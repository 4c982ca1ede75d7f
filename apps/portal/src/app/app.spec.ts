import { ApplicationInitStatus, computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { AuthStore, type Role, type SessionUser } from '@tunas/portal/data-access';
import { App } from './app';
import { provideTunasIcons } from './shell/tunas-icons';

class FakeAuthStore {
  readonly user = signal<SessionUser | null>(null);
  readonly status = computed(() => (this.user() ? 'signedIn' : 'signedOut'));
  readonly isSignedIn = computed(() => !!this.user());
  readonly roles = computed<readonly Role[]>(() => this.user()?.roles ?? []);
  logout = jest.fn().mockResolvedValue(undefined);
}

async function render(user: SessionUser | null) {
  const auth = new FakeAuthStore();
  auth.user.set(user);
  await TestBed.configureTestingModule({
    imports: [
      App,
      TranslocoTestingModule.forRoot({
        langs: { id: { app: { skipToContent: 'Langsung ke konten utama' }, nav: { label: 'Navigasi utama', users: 'Pengguna' } } },
        translocoConfig: { availableLangs: ['id', 'en'], defaultLang: 'id' },
        preloadLangs: true,
      }),
    ],
    providers: [provideRouter([]), provideTunasIcons(), { provide: AuthStore, useValue: auth }],
  }).compileComponents();
  await TestBed.inject(ApplicationInitStatus).donePromise;
  const fixture = TestBed.createComponent(App);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

const admin: SessionUser = {
  id: 'a1',
  name: 'Admin Tunas',
  email: 'admin@tunas.test',
  nip: null,
  roles: ['ADMIN'],
  orgUnit: null,
  institution: null,
};

describe('App shell', () => {
  it('offers a skip link to the main landmark', async () => {
    const element = await render(null);

    const skip = element.querySelector<HTMLAnchorElement>('a.skip-link');
    expect(skip?.textContent?.trim()).toBe('Langsung ke konten utama');
    expect(element.querySelector('main#main-content')).not.toBeNull();
    expect(element.querySelector('header')).not.toBeNull();
  });

  it('moves focus to the main content when the skip link is used', async () => {
    const element = await render(null);

    element.querySelector<HTMLAnchorElement>('a.skip-link')?.click();

    expect(document.activeElement?.id).toBe('main-content');
  });

  it('shows no navigation to signed-out visitors', async () => {
    const element = await render(null);

    expect(element.querySelector('nav')).toBeNull();
    expect(element.querySelector('[data-testid="language-switch"]')).not.toBeNull();
  });

  it('shows a labelled navigation with the admin screens to an admin', async () => {
    const element = await render(admin);

    const nav = element.querySelector('nav');
    expect(nav?.getAttribute('aria-label')).toBe('Navigasi utama');
    expect(nav?.textContent).toContain('Pengguna');
  });
});
