import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A message for one person's inbox (the bell in the portal's header). */
export interface InAppNotification {
  userId: string;
  /** What it is about, for the portal's icon and filters, e.g. `CLAIM_REVIEWED`. */
  kind: string;
  title: string;
  body: string;
  /** A portal path to open, or null. */
  link: string | null;
}

/** Where notifications are stored: the feature that owns the inbox registers one. */
export interface InAppNotificationSink {
  create(manager: EntityManager, notification: InAppNotification): Promise<unknown>;
}

/**
 * Lets a feature notify a person without depending on the feature that keeps the inbox: the notification is written
 * in the caller's transaction, so it exists exactly when what it announces was committed. Without a registered
 * inbox (a build without it) notifying does nothing.
 */
@Injectable()
export class InAppNotifications {
  private sink: InAppNotificationSink | null = null;

  register(sink: InAppNotificationSink): void {
    if (this.sink && this.sink !== sink) throw new Error('An in-app notification inbox is registered twice');
    this.sink = sink;
  }

  async notify(manager: EntityManager, notification: InAppNotification): Promise<void> {
    await this.sink?.create(manager, notification);
  }
}
