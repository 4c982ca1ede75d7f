import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentPrincipal, Principal } from '@tunas/api/core';
import { toBadgeDTO } from './badge-mapper';
import { BadgesService } from './badges.service';
import { LeaderboardService } from './leaderboard.service';
import { BadgeDTO, UnitLeaderboardArgs, UnitLeaderboardDTO } from './recognition.dto';

/** Badges for milestones and the opt-in unit leaderboard, for the learner's profile. */
@Resolver()
export class RecognitionResolver {
  constructor(
    private readonly badges: BadgesService,
    private readonly leaderboard: LeaderboardService,
  ) {}

  @Authenticated()
  @Query(() => [BadgeDTO], { description: 'The signed-in person’s badges, oldest first' })
  async myBadges(@CurrentPrincipal() principal: Principal): Promise<BadgeDTO[]> {
    return (await this.badges.mine(principal)).map(toBadgeDTO);
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: 'Whether the signed-in person appears on their unit’s leaderboard; returns the new choice' })
  setLeaderboardOptIn(@CurrentPrincipal() principal: Principal, @Args('optIn') optIn: boolean): Promise<boolean> {
    return this.leaderboard.setOptIn(principal, optIn);
  }

  @Authenticated()
  @Query(() => UnitLeaderboardDTO, { description: 'JP this year of the people of a unit who opted in; NOT_FOUND for a unit the caller neither belongs to nor oversees' })
  unitLeaderboard(@CurrentPrincipal() principal: Principal, @Args() args: UnitLeaderboardArgs): Promise<UnitLeaderboardDTO> {
    return this.leaderboard.board(principal, args.year, args.unitId);
  }
}
