import { TestBed } from '@angular/core/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { NotificationsStore, type PortalNotification } from '@tunas/portal/data-access';
import { NotificationsPageComponent } from './notifications-page.component';

const NUDGE: PortalNotification = {
  id: 'n1',
  kind: 'NUDGE',
  title: 'Pengingat dari pimpinan',
  body: 'Anda kurang 12 JP tahun ini.',
  link: '/kursus',
  createdAt: '2026-11-27T03:00:00.000Z',
  readAt: null,
};
const BADGE: PortalNotification = { ...NUDGE, id: 'n2', kind: 'BADGE', title: 'Lencana baru: Kursus pertama', body: 'Selamat!', link: '/', readAt: '2026-11-26T03:00:00.000Z' };
const LATER: PortalNotification = { ...NUDGE, id: 'n3', kind: 'SOMETHING_NEW', title: 'Pemberitahuan lain', link: 'https://example.test/' };

describe('NotificationsPageComponent', () => {
  async function render(list: PortalNotification[]) {
    const store = {
      list: jest.fn().mockResolvedValue(list),
      markRead: jest.fn(async (id: string) => ({ ...list.find((item) => item.id === id)!, readAt: '2026-11-28T01:00:00.000Z' })),
      markAllRead: jest.fn().mockResolvedValue(list.filter((item) => !item.readAt).length),
    };
    await TestBed.configureTestingModule({
      imports: [
        NotificationsPageComponent,
        MatIconTestingModule,
        TranslocoTestingModule.forRoot({
          langs: {
            id: {
              notifications: {
                title: 'Notifikasi',
                unreadOne: '1 notifikasi belum dibaca.',
                unreadMany: '{{ count }} notifikasi belum dibaca.',
                allRead: 'Semua notifikasi sudah dibaca.',
                unread: 'Belum dibaca',
                markRead: 'Tandai sudah dibaca',
                markReadFor: 'Tandai sudah dibaca: {{ title }}',
                markAllRead: 'Tandai semua sudah dibaca',
                markedRead: 'Ditandai sudah dibaca: {{ title }}',
                markedAllRead: '{{ count }} notifikasi ditandai sudah dibaca.',
                empty: 'Belum ada notifikasi.',
                open: 'Buka',
                kinds: { NUDGE: 'Pengingat pimpinan', BADGE: 'Lencana', OTHER: 'Pemberitahuan' },
              },
            },
          },
          translocoConfig: { availableLangs: ['id'], defaultLang: 'id' },
          preloadLangs: true,
        }),
      ],
      providers: [provideRouter([]), { provide: NotificationsStore, useValue: store }],
    }).compileComponents();
    const fixture = TestBed.createComponent(NotificationsPageComponent);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const item = (id: string) => element.querySelector<HTMLElement>(`[data-testid="notification-${id}"]`);
    return { fixture, element, store, item };
  }

  it('lists the notifications with their kind, marks the unread ones and counts them', async () => {
    const { element, item } = await render([NUDGE, BADGE, LATER]);

    expect(element.querySelector('h1')?.textContent).toContain('Notifikasi');
    expect(element.querySelector('[data-testid="notifications-summary"]')?.textContent?.trim()).toBe('2 notifikasi belum dibaca.');
    expect(item('n1')?.textContent).toContain('Pengingat pimpinan');
    expect(item('n1')?.textContent).toContain('Anda kurang 12 JP tahun ini.');
    expect(item('n1')?.querySelector('[data-testid="notification-unread"]')).not.toBeNull();
    expect(item('n2')?.textContent).toContain('Lencana');
    expect(item('n2')?.querySelector('[data-testid="notification-unread"]')).toBeNull();
    expect(item('n2')?.querySelector('[data-testid="notification-mark-read"]')).toBeNull();
    expect(item('n3')?.textContent).toContain('Pemberitahuan');
    // Only portal paths become links.
    expect(item('n1')?.querySelector('[data-testid="notification-open"]')?.getAttribute('href')).toBe('/kursus');
    expect(item('n3')?.querySelector('[data-testid="notification-open"]')).toBeNull();
  });

  it('marks one as read, says so politely, and keeps the others unread', async () => {
    const { element, fixture, store, item } = await render([NUDGE, BADGE, LATER]);

    const button = item('n1')?.querySelector<HTMLButtonElement>('[data-testid="notification-mark-read"]');
    expect(button?.getAttribute('aria-label')).toBe('Tandai sudah dibaca: Pengingat dari pimpinan');
    button?.click();
    await fixture.whenStable();

    expect(store.markRead).toHaveBeenCalledWith('n1');
    expect(item('n1')?.querySelector('[data-testid="notification-unread"]')).toBeNull();
    expect(item('n3')?.querySelector('[data-testid="notification-unread"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="notifications-summary"]')?.textContent?.trim()).toBe('1 notifikasi belum dibaca.');
    const status = element.querySelector('[data-testid="notifications-status"]');
    expect(status?.getAttribute('aria-live')).toBe('polite');
    expect(status?.textContent?.trim()).toBe('Ditandai sudah dibaca: Pengingat dari pimpinan');
  });

  it('marks all as read at once, and then offers no more to mark', async () => {
    const { element, fixture, store } = await render([NUDGE, BADGE, LATER]);

    element.querySelector<HTMLButtonElement>('[data-testid="notifications-mark-all"]')?.click();
    await fixture.whenStable();

    expect(store.markAllRead).toHaveBeenCalledTimes(1);
    expect(element.querySelectorAll('[data-testid="notification-unread"]')).toHaveLength(0);
    expect(element.querySelector('[data-testid="notifications-mark-all"]')).toBeNull();
    expect(element.querySelector('[data-testid="notifications-status"]')?.textContent?.trim()).toBe('2 notifikasi ditandai sudah dibaca.');
    expect(element.querySelector('[data-testid="notifications-summary"]')?.textContent?.trim()).toBe('Semua notifikasi sudah dibaca.');
  });

  it('says when there is nothing yet', async () => {
    const { element } = await render([]);

    expect(element.querySelector('[data-testid="notifications-empty"]')?.textContent?.trim()).toBe('Belum ada notifikasi.');
    expect(element.querySelector('[data-testid="notifications-mark-all"]')).toBeNull();
  });
});
