import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class NudgeLearnersInput {
  @Field(() => [ID], { nullable: true, description: 'The people to remind; everyone behind in reach (or in the unit) when absent' })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  userIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only people of this unit and the units under it' })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'A personal line added to the reminder' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  message?: string | null;
}

export enum NudgeSkipReason {
  NOT_BEHIND = 'NOT_BEHIND',
  ALREADY_NUDGED_TODAY = 'ALREADY_NUDGED_TODAY',
}
registerEnumType(NudgeSkipReason, { name: 'NudgeSkipReason', description: 'Why a chosen person got no reminder' });

@ObjectType('NudgeSkip')
export class NudgeSkipDTO {
  @Field(() => ID) userId!: string;
  @Field(() => NudgeSkipReason) reason!: NudgeSkipReason;
}

@ObjectType('NudgeResult')
export class NudgeResultDTO {
  @Field(() => Int, { description: 'The JP year the reminders are about (the current one)' }) year!: number;
  @Field(() => [ID], { description: 'People who got a notification now' }) nudgedUserIds!: string[];
  @Field(() => Int, { description: 'How many of them the SMTP server accepted an e-mail for (0 without SMTP)' }) emailed!: number;
  @Field(() => [NudgeSkipDTO]) skipped!: NudgeSkipDTO[];
}
