import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Notification')
export class NotificationDTO {
  @Field(() => ID) id!: string;
  @Field({ description: 'NUDGE (a supervisor’s reminder), BADGE (a milestone reached) or CLAIM_REVIEWED (a decision on a JP claim); more may come' }) kind!: string;
  @Field() title!: string;
  @Field() body!: string;
  @Field(() => String, { nullable: true, description: 'A portal path to open' }) link!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
}
