import { ArgsType, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { SupervisedPersonRowDTO, SupervisionYearArgs } from './supervision.dto';

export enum SupervisedPeopleStatus {
  ALL = 'ALL',
  BEHIND = 'BEHIND',
  REACHED = 'REACHED',
}
registerEnumType(SupervisedPeopleStatus, { name: 'SupervisedPeopleStatus', description: 'Everyone, only those short of their yearly JP target, or only those who reached it' });

export enum SupervisedPeopleOrder {
  NAME = 'NAME',
  UNIT = 'UNIT',
  JP = 'JP',
  BEHIND_BY = 'BEHIND_BY',
  COMPLETIONS = 'COMPLETIONS',
}
registerEnumType(SupervisedPeopleOrder, { name: 'SupervisedPeopleOrder', description: 'The column the people are sorted by; ties go by name, then id' });

/** The largest page: a screenful for a person, never the whole office. */
export const MAX_PEOPLE_PAGE = 100;

@ArgsType()
export class SupervisedPeopleArgs extends SupervisionYearArgs {
  @Field(() => String, { nullable: true, description: 'Part of a name or NIP (case-insensitive)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;

  @Field(() => SupervisedPeopleStatus, { defaultValue: SupervisedPeopleStatus.ALL })
  @IsEnum(SupervisedPeopleStatus)
  status: SupervisedPeopleStatus = SupervisedPeopleStatus.ALL;

  @Field(() => SupervisedPeopleOrder, { defaultValue: SupervisedPeopleOrder.NAME })
  @IsEnum(SupervisedPeopleOrder)
  orderBy: SupervisedPeopleOrder = SupervisedPeopleOrder.NAME;

  @Field(() => Boolean, { defaultValue: false, description: 'Largest (or Z) first' })
  @IsBoolean()
  descending = false;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  offset = 0;

  @Field(() => Int, { defaultValue: 25, description: `1 to ${MAX_PEOPLE_PAGE}` })
  @IsInt()
  @Min(1)
  @Max(MAX_PEOPLE_PAGE)
  limit = 25;
}

@ObjectType('SupervisedPeoplePage', { description: 'One page of the people a supervisor oversees, with how many match in all' })
export class SupervisedPeoplePageDTO {
  @Field(() => Int, { description: 'People matching the search and status, on every page' }) total!: number;
  @Field(() => Int) offset!: number;
  @Field(() => Int) limit!: number;
  @Field(() => [SupervisedPersonRowDTO]) items!: SupervisedPersonRowDTO[];
}
