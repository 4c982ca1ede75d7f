import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { mutateData, queryData } from '../apollo/graphql-call.util';
import {
  type ExternalLearningFieldsFragment,
  MyBadgesDocument,
  type MyBadgesQuery,
  MyCertificatesDocument,
  type MyCertificatesQuery,
  MyLearningRecordDocument,
  type MyLearningRecordQuery,
  MyUnitLeaderboardDocument,
  type MyUnitLeaderboardQuery,
  SetLeaderboardOptInDocument,
  SubmitExternalLearningDocument,
  type SubmitExternalLearningInput,
} from '../generated/learning.graphql';

export type LearningRecord = MyLearningRecordQuery['myLearningRecord'];
export type LearningRecordEntry = LearningRecord['entries'][number];
export type CompetencyJp = LearningRecord['byCompetencyType'][number];
export type ExternalLearningClaim = ExternalLearningFieldsFragment;
export type MyCertificate = MyCertificatesQuery['myCertificates'][number];
export type MyBadge = MyBadgesQuery['myBadges'][number];
export type MyUnitLeaderboard = MyUnitLeaderboardQuery['unitLeaderboard'];

/** The learner's own JP record, certificates, badges and external-learning claims. */
@Injectable({ providedIn: 'root' })
export class LearningApi {
  private readonly apollo = inject(Apollo);

  /** The year's record; the current year when none is given. */
  async myLearningRecord(year?: number): Promise<LearningRecord> {
    return (await queryData(this.apollo, MyLearningRecordDocument, { year }, 'no-cache')).myLearningRecord;
  }

  async myCertificates(): Promise<readonly MyCertificate[]> {
    return (await queryData(this.apollo, MyCertificatesDocument, {}, 'no-cache')).myCertificates;
  }

  async myBadges(): Promise<readonly MyBadge[]> {
    return (await queryData(this.apollo, MyBadgesDocument, {}, 'no-cache')).myBadges;
  }

  /** The caller's unit leaderboard for a year; people appear only after opting in. */
  async myUnitLeaderboard(year: number): Promise<MyUnitLeaderboard> {
    return (await queryData(this.apollo, MyUnitLeaderboardDocument, { year }, 'no-cache')).unitLeaderboard;
  }

  async setLeaderboardOptIn(optIn: boolean): Promise<boolean> {
    return (await mutateData(this.apollo, SetLeaderboardOptInDocument, { optIn })).setLeaderboardOptIn;
  }

  async submitExternalLearning(input: SubmitExternalLearningInput): Promise<ExternalLearningClaim> {
    return (await mutateData(this.apollo, SubmitExternalLearningDocument, { input })).submitExternalLearning;
  }
}
