import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { NotificationsStore, type PortalError, type PortalNotification, toPortalError } from '@tunas/portal/data-access';
import { DateTimePipe, ErrorAlertComponent } from '@tunas/portal/ui';

/** Kinds the portal has words for; anything newer is shown as a plain notification. */
const KNOWN_KINDS = ['NUDGE', 'BADGE', 'CLAIM_REVIEWED'];

/**
 * `/notifikasi`: the signed-in person's notifications, newest first (a supervisor's reminders, badges, decisions on claims), each with
 * the page it points to; unread ones are marked and can be marked as read one by one or all at once.
 */
@Component({
  selector: 'tunas-notifications-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink, TranslocoPipe, DateTimePipe, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notifications-page.component.html',
  styleUrl: './notifications-page.component.scss',
})
export class NotificationsPageComponent {
  private readonly store = inject(NotificationsStore);

  private readonly loaded = resource({ loader: () => this.store.list() });
  /** The list as loaded, then as changed here (marked read) without reloading. */
  protected readonly notifications = linkedSignal<readonly PortalNotification[]>(() => (this.loaded.hasValue() ? this.loaded.value() : []));
  protected readonly isLoading = this.loaded.isLoading;
  protected readonly hasLoaded = computed(() => this.loaded.hasValue());
  protected readonly unreadCount = computed(() => this.notifications().filter((notification) => !notification.readAt).length);
  protected readonly summaryKey = computed(() => {
    const unread = this.unreadCount();
    return unread === 0 ? 'notifications.allRead' : unread === 1 ? 'notifications.unreadOne' : 'notifications.unreadMany';
  });
  protected readonly loadError = computed(() => {
    const error = this.loaded.error();
    return error ? toPortalError(error) : null;
  });
  protected readonly actionError = signal<PortalError | null>(null);
  /** The id being marked, or 'all'. */
  protected readonly busy = signal<string | null>(null);
  /** What the last action did, for the polite live region. */
  protected readonly status = signal<{ key: string; params?: Record<string, unknown> } | null>(null);

  protected kindKey(notification: PortalNotification): string {
    return KNOWN_KINDS.includes(notification.kind) ? `notifications.kinds.${notification.kind}` : 'notifications.kinds.OTHER';
  }

  /** Only portal paths are followed as router links; the API writes them, but a stray absolute URL stays inert. */
  protected portalLink(notification: PortalNotification): string | null {
    return notification.link?.startsWith('/') && !notification.link.startsWith('//') ? notification.link : null;
  }

  protected async markRead(notification: PortalNotification): Promise<void> {
    this.busy.set(notification.id);
    this.actionError.set(null);
    try {
      const read = await this.store.markRead(notification.id);
      this.notifications.update((list) => list.map((item) => (item.id === read.id ? { ...item, readAt: read.readAt } : item)));
      this.status.set({ key: 'notifications.markedRead', params: { title: notification.title } });
    } catch (error) {
      this.actionError.set(toPortalError(error));
    } finally {
      this.busy.set(null);
    }
  }

  protected async markAllRead(): Promise<void> {
    this.busy.set('all');
    this.actionError.set(null);
    try {
      const marked = await this.store.markAllRead();
      const now = new Date().toISOString();
      this.notifications.update((list) => list.map((item) => (item.readAt ? item : { ...item, readAt: now })));
      this.status.set({ key: 'notifications.markedAllRead', params: { count: marked } });
    } catch (error) {
      this.actionError.set(toPortalError(error));
    } finally {
      this.busy.set(null);
    }
  }
}
