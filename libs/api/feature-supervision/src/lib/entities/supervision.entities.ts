import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

const FK = { onDelete: 'CASCADE', onUpdate: 'NO ACTION' } as const;

/** Something the platform tells a person in the portal (a supervisor's reminder, a new badge). */
@Entity('notifications')
@Index('IDX_notifications_user', ['userId', 'createdAt'])
export class NotificationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ name: 'user_id', type: 'varchar', length: 36 }) userId!: string;
  @ManyToOne('UserEntity', FK)
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_notifications_user' })
  user?: object;
  @Column({ type: 'varchar', length: 40 }) kind!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'varchar', length: 2000 }) body!: string;
  @Column({ type: 'varchar', length: 500, nullable: true }) link!: string | null;
  @Column({ name: 'created_at', type: 'datetime' }) createdAt!: Date;
  @Column({ name: 'read_at', type: 'datetime', nullable: true }) readAt!: Date | null;
}

/** A reminder a supervisor sent; unique per supervisor, person and day, which is the rate limit. */
@Entity('nudges')
@Index('UQ_nudges_supervisor_user_day', ['supervisorId', 'userId', 'day'], { unique: true })
@Index('IDX_nudges_user', ['userId', 'createdAt'])
export class NudgeEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ name: 'supervisor_id', type: 'varchar', length: 36 }) supervisorId!: string;
  @ManyToOne('UserEntity', FK)
  @JoinColumn({ name: 'supervisor_id', foreignKeyConstraintName: 'FK_nudges_supervisor' })
  supervisor?: object;
  @Column({ name: 'user_id', type: 'varchar', length: 36 }) userId!: string;
  @ManyToOne('UserEntity', FK)
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_nudges_user' })
  user?: object;
  /** The UTC day (YYYY-MM-DD) the reminder was sent. */
  @Column({ type: 'varchar', length: 10 }) day!: string;
  @Column({ name: 'jp_year', type: 'integer' }) jpYear!: number;
  @Column({ type: 'varchar', length: 500, nullable: true }) message!: string | null;
  @Column({ name: 'notification_id', type: 'varchar', length: 36 }) notificationId!: string;
  @ManyToOne('NotificationEntity', FK)
  @JoinColumn({ name: 'notification_id', foreignKeyConstraintName: 'FK_nudges_notification' })
  notification?: object;
  @Column({ name: 'created_at', type: 'datetime' }) createdAt!: Date;
  @Column({ name: 'emailed_at', type: 'datetime', nullable: true }) emailedAt!: Date | null;
}

/** A milestone reached; `award_key` is unique per person, so each badge is awarded exactly once. */
@Entity('badges')
@Index('UQ_badges_user_award', ['userId', 'awardKey'], { unique: true })
export class BadgeEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ name: 'user_id', type: 'varchar', length: 36 }) userId!: string;
  @ManyToOne('UserEntity', FK)
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_badges_user' })
  user?: object;
  @Column({ type: 'varchar', length: 40 }) kind!: string;
  @Column({ name: 'award_key', type: 'varchar', length: 60 }) awardKey!: string;
  @Column({ type: 'integer', nullable: true }) year!: number | null;
  @Column({ name: 'awarded_at', type: 'datetime' }) awardedAt!: Date;
}

/** A person who chose to appear on their unit's leaderboard; nobody else is shown there. */
@Entity('leaderboard_opt_ins')
export class LeaderboardOptInEntity {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 }) userId!: string;
  @ManyToOne('UserEntity', FK)
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_leaderboard_opt_ins_user' })
  user?: object;
  @Column({ name: 'opted_in_at', type: 'datetime' }) optedInAt!: Date;
}

export const SUPERVISION_ENTITIES = [NotificationEntity, NudgeEntity, BadgeEntity, LeaderboardOptInEntity];
