import { ApplicationInitStatus, computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { AuthStore, NotificationsStore, type Role, type SessionUser } from '@tunas/portal/data-access';
import { App } from './app';
import { provideTunasIcons } from './shell/tunas-icons';

class FakeAuthStore {
  readonly user = signal<SessionUser | null>(null);
  readonly status = computed(() => (this.user() ? 'signedIn' : 'signedOut'));
  readonly isSignedIn = computed(() => !!this.user());
  readonly roles = computed<readonly Role[]>(() => this.user()?.roles ?? []);
  logout = jest.fn().mockResolvedValue(undefined);
}

/** The bell's count without a network: the store's reads are counted instead. */
class FakeNotificationsStore {
  readonly unreadCount = signal(0);
  refreshUnread = jest.fn().mockResolvedValue(undefined);
  reset = jest.fn(() => this.unreadCount.set(0));
}

async function render(user: SessionUser | null, unread = 0) {
  const auth = new FakeAuthStore();
  auth.user.set(user);
  const notifications = new FakeNotificationsStore();
  notifications.unreadCount.set(unread);
  await TestBed.configureTestingModule({
    imports: [
      App,
      TranslocoTestingModule.forRoot({
        langs: {
          id: {
            app: { skipToContent: 'Langsung ke konten utama' },
            nav: { label: 'Navigasi utama', users: 'Pengguna' },
            notifications: { bell: 'Notifikasi', bellUnread: 'Notifikasi, {{ count }} belum dibaca' },
          },
        },
        translocoConfig: { availableLangs: ['id', 'en'], defaultLang: 'id' },
        preloadLangs: true,
      }),
    ],
    providers: [
      provideRouter([]),
      provideTunasIcons(),
      { provide: AuthStore, useValue: auth },
      { provide: NotificationsStore, useValue: notifications },
    ],
  }).compileComponents();
  await TestBed.inject(ApplicationInitStatus).donePromise;
  const fixture = TestBed.createComponent(App);
  await fixture.whenStable();
  return Object.assign(fixture.nativeElement as HTMLElement, { notifications, fixture });
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

  it('shows signed-in people a bell that says how many notifications are unread and leads to the inbox', async () => {
    const element = await render(admin, 3);

    const bell = element.querySelector('[data-testid="notifications-bell"]');
    expect(bell?.getAttribute('aria-label')).toBe('Notifikasi, 3 belum dibaca');
    expect(bell?.getAttribute('href')).toBe('/notifikasi');
    expect(element.querySelector('[data-testid="notifications-bell-count"]')?.textContent?.trim()).toBe('3');
    expect(element.notifications.refreshUnread).toHaveBeenCalled();

    element.notifications.unreadCount.set(0);
    await element.fixture.whenStable();
    expect(bell?.getAttribute('aria-label')).toBe('Notifikasi');
    expect(element.querySelector('[data-testid="notifications-bell-count"]')).toBeNull();
  });

  it('shows no bell to signed-out visitors', async () => {
    const element = await render(null);

    expect(element.querySelector('[data-testid="notifications-bell"]')).toBeNull();
  });
});
