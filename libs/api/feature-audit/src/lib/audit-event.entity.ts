import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One sensitive action, written in the transaction that performed it and never changed afterwards (on both dialects
 * triggers refuse UPDATE and DELETE). `actor_id` has no foreign key on purpose: the log must outlive what it names.
 */
@Entity('audit_events')
@Index('IDX_audit_events_created', ['createdAt'])
@Index('IDX_audit_events_actor', ['actorId', 'createdAt'])
@Index('IDX_audit_events_object', ['objectType', 'objectId'])
export class AuditEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ name: 'actor_id', type: 'varchar', length: 36 }) actorId!: string;
  @Column({ type: 'varchar', length: 60 }) action!: string;
  @Column({ name: 'object_type', type: 'varchar', length: 40 }) objectType!: string;
  @Column({ name: 'object_id', type: 'varchar', length: 36 }) objectId!: string;
  @Column({ type: 'varchar', length: 500 }) summary!: string;
  @Column({ type: 'json', nullable: true }) details!: object | null;
  // Milliseconds, so that actions in the same second keep their order on MariaDB too.
  @Column({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt!: Date;
}
