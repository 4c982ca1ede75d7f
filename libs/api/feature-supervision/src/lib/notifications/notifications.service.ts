import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InAppNotification, InAppNotifications, InAppNotificationSink, Principal } from '@tunas/api/core';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { NotificationEntity } from '../entities/supervision.entities';
import { SupervisionException, SupervisionExceptionCode } from '../supervision.exception';

export interface NewNotification extends InAppNotification {
  kind: 'NUDGE' | 'BADGE' | 'CLAIM_REVIEWED';
}

/** In-app notifications: written by the features' own transactions, read and dismissed by their owner only. */
@Injectable()
export class NotificationsService implements InAppNotificationSink, OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly inApp: InAppNotifications,
  ) {}

  /** Other features notify through the core's InAppNotifications; this inbox keeps what they send. */
  onModuleInit(): void {
    this.inApp.register(this);
  }

  async create(manager: EntityManager, notification: NewNotification, now = new Date()): Promise<NotificationEntity> {
    const entity = manager.create(NotificationEntity, { id: randomUUID(), ...notification, createdAt: now, readAt: null });
    await manager.insert(NotificationEntity, entity);
    return entity;
  }

  mine(principal: Principal, unreadOnly: boolean): Promise<NotificationEntity[]> {
    return this.dataSource.getRepository(NotificationEntity).find({
      where: { userId: principal.userId, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: 100,
    });
  }

  async markRead(principal: Principal, id: string): Promise<NotificationEntity> {
    const repository = this.dataSource.getRepository(NotificationEntity);
    const notification = await repository.findOne({ where: { id, userId: principal.userId } });
    if (!notification) throw new SupervisionException(SupervisionExceptionCode.NotificationNotFound, `Notification ${id} was not found`);
    if (!notification.readAt) {
      notification.readAt = new Date();
      await repository.update({ id, readAt: IsNull() }, { readAt: notification.readAt });
    }
    return notification;
  }

  /** Marks every unread notification of the caller as read at one moment; returns how many were unread. */
  async markAllRead(principal: Principal, now = new Date()): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const unread = await manager.count(NotificationEntity, { where: { userId: principal.userId, readAt: IsNull() } });
      if (unread > 0) await manager.update(NotificationEntity, { userId: principal.userId, readAt: IsNull() }, { readAt: now });
      return unread;
    });
  }
}
