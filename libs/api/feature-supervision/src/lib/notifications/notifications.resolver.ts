import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentPrincipal, Principal } from '@tunas/api/core';
import { NotificationDTO } from './notification.dto';
import { NotificationsService } from './notifications.service';

@Resolver()
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Authenticated()
  @Query(() => [NotificationDTO], { description: 'The signed-in person’s notifications, newest first (at most 100)' })
  myNotifications(@CurrentPrincipal() principal: Principal, @Args('unreadOnly', { type: () => Boolean, defaultValue: false }) unreadOnly: boolean): Promise<NotificationDTO[]> {
    return this.notifications.mine(principal, unreadOnly);
  }

  @Authenticated()
  @Mutation(() => NotificationDTO, { description: 'NOT_FOUND for anyone else’s notification' })
  markNotificationRead(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<NotificationDTO> {
    return this.notifications.markRead(principal, id);
  }

  @Authenticated()
  @Mutation(() => Int, { description: 'Marks all of the signed-in person’s unread notifications as read; answers how many there were' })
  markAllNotificationsRead(@CurrentPrincipal() principal: Principal): Promise<number> {
    return this.notifications.markAllRead(principal);
  }
}
