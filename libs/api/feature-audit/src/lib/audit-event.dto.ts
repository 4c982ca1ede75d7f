import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsDate, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import GraphQLJSON from 'graphql-type-json';

@ObjectType('AuditEvent', { description: 'A sensitive action, as recorded in the transaction that performed it' })
export class AuditEventDTO {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'The person who acted' }) actorId!: string;
  @Field({ description: 'What was done, such as user.roles_changed or certificate.revoked' }) action!: string;
  @Field({ description: 'The kind of object acted on, such as User or Certificate' }) objectType!: string;
  @Field(() => ID) objectId!: string;
  @Field({ description: 'One readable sentence' }) summary!: string;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Before and after values or counts, when there are any' }) details!: object | null;
  @Field() createdAt!: Date;
}

@ObjectType('AuditEventPage')
export class AuditEventPageDTO {
  @Field(() => [AuditEventDTO]) items!: AuditEventDTO[];
  @Field(() => Int) total!: number;
}

@InputType()
export class AuditEventFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  action?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  objectType?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(36)
  objectId?: string;

  @Field(() => Date, { nullable: true, description: 'From this instant, inclusive' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Before this instant, exclusive' })
  @IsOptional()
  @IsDate()
  to?: Date;
}

@InputType()
export class AuditEventPageInput {
  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  offset = 0;

  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 50;
}
