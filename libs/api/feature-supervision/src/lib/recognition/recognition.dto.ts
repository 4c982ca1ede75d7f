import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { BadgeKind } from './badge-rules';

registerEnumType(BadgeKind, { name: 'BadgeKind', description: 'Milestones: the first course, the year’s JP target, all three core topics' });

@ObjectType('Badge')
export class BadgeDTO {
  @Field(() => BadgeKind) kind!: BadgeKind;
  @Field() title!: string;
  @Field(() => Int, { nullable: true, description: 'The year, for yearly milestones' }) year!: number | null;
  @Field() awardedAt!: Date;
}

@ArgsType()
export class UnitLeaderboardArgs {
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year!: number;
  @Field(() => ID, { nullable: true, description: 'Defaults to the caller’s own unit; another unit only for its supervisors and admins' })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;
}

@ObjectType('LeaderboardEntry')
export class LeaderboardEntryDTO {
  @Field(() => Int, { description: 'Equal JP share a rank' }) rank!: number;
  @Field(() => ID) userId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) unitName!: string | null;
  @Field(() => Int) jp!: number;
  @Field(() => Int) badges!: number;
}

@ObjectType('UnitLeaderboard', { description: 'Only people who opted in appear' })
export class UnitLeaderboardDTO {
  @Field(() => ID) unitId!: string;
  @Field() unitName!: string;
  @Field(() => Int) year!: number;
  @Field({ description: 'Whether the caller has opted in' }) optedIn!: boolean;
  @Field(() => [LeaderboardEntryDTO]) entries!: LeaderboardEntryDTO[];
}
