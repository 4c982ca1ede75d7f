import { Injectable, computed, inject, signal } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { mutateData, queryData } from '../apollo/graphql-call.util';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationReadDocument,
  MyNotificationsDocument,
  MyUnreadNotificationsDocument,
  type NotificationFieldsFragment,
} from '../generated/graphql';

export type PortalNotification = NotificationFieldsFragment;

/**
 * The signed-in person's notifications (a supervisor's reminders, badges, claim decisions): the unread count the
 * shell's bell shows, and the inbox's reads and writes, which keep that count right.
 */
@Injectable({ providedIn: 'root' })
export class NotificationsStore {
  private readonly apollo = inject(Apollo);
  private readonly unread = signal(0);

  /** How many notifications are unread (the API lists at most 100). */
  readonly unreadCount = this.unread.asReadonly();
  readonly hasUnread = computed(() => this.unread() > 0);

  /** Re-reads the unread count; keeps the last one when the network fails (the bell is not worth an error). */
  async refreshUnread(): Promise<void> {
    try {
      this.unread.set((await queryData(this.apollo, MyUnreadNotificationsDocument, {}, 'no-cache')).myNotifications.length);
    } catch {
      // offline or signed out meanwhile: the next refresh will tell
    }
  }

  /** Newest first. */
  async list(): Promise<readonly PortalNotification[]> {
    const notifications = (await queryData(this.apollo, MyNotificationsDocument, { unreadOnly: false }, 'no-cache')).myNotifications;
    this.unread.set(notifications.filter((notification) => !notification.readAt).length);
    return notifications;
  }

  async markRead(id: string): Promise<PortalNotification> {
    const notification = (await mutateData(this.apollo, MarkNotificationReadDocument, { id })).markNotificationRead;
    await this.refreshUnread();
    return notification;
  }

  /** Returns how many were unread. */
  async markAllRead(): Promise<number> {
    const marked = (await mutateData(this.apollo, MarkAllNotificationsReadDocument, {})).markAllNotificationsRead;
    this.unread.set(0);
    return marked;
  }

  /** Forgets the count (on sign-out), so the next person does not see it. */
  reset(): void {
    this.unread.set(0);
  }
}
