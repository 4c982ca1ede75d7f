import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { mutateData, queryData } from '../apollo/graphql-call.util';
import { AuthStore } from '../auth/auth.store';
import {
  NudgeLearnersDocument,
  type NudgeLearnersInput,
  type NudgeLearnersMutation,
  PendingExternalLearningDocument,
  type PendingClaimFieldsFragment,
  ReviewExternalLearningDocument,
  type ReviewExternalLearningInput,
  SupervisedPeopleDocument,
  type SupervisedPeopleQuery,
  type SupervisedPeopleQueryVariables,
  SupervisedPersonDocument,
  type SupervisedPersonQuery,
  type SupervisedPersonRowFieldsFragment,
  SupervisionDashboardDocument,
  type SupervisionDashboardQuery,
  SupervisionExportDocument,
  type SupervisionExportFormat,
  type SupervisionExportQuery,
  SupervisionLeaderboardDocument,
  type SupervisionLeaderboardQuery,
} from '../generated/supervision.graphql';

export type SupervisionDashboard = SupervisionDashboardQuery['supervisionDashboard'];
export type SupervisedPersonRow = SupervisedPersonRowFieldsFragment;
export type SupervisedPeoplePage = SupervisedPeopleQuery['supervisedPeople'];
/** Which people, in which order, which page: everything but the year and unit, which the dashboard chooses. */
export type SupervisedPeopleView = Omit<SupervisedPeopleQueryVariables, 'year' | 'unitId'>;
export type SupervisedPersonDetail = SupervisedPersonQuery['supervisedPerson'];
export type SupervisionExportFile = SupervisionExportQuery['supervisionExport'];
export type NudgeResult = NudgeLearnersMutation['nudgeLearners'];
export type PendingClaim = PendingClaimFieldsFragment;
export type UnitLeaderboard = SupervisionLeaderboardQuery['unitLeaderboard'];

/**
 * What a supervisor (pimpinan) reads and does about their people: the JP dashboard and its export, one person's
 * drill-down, reminders, the review of learning done elsewhere, and the unit's leaderboard. Always fresh from the
 * network: the numbers change whenever someone completes a course.
 */
@Injectable({ providedIn: 'root' })
export class SupervisionApi {
  private readonly apollo = inject(Apollo);
  private readonly auth = inject(AuthStore);

  async dashboard(year: number, unitId: string | null): Promise<SupervisionDashboard> {
    return (await queryData(this.apollo, SupervisionDashboardDocument, { year, ...(unitId ? { unitId } : {}) }, 'no-cache'))
      .supervisionDashboard;
  }

  /** One page of the dashboard's people; the server searches, filters, sorts and pages. */
  async people(year: number, unitId: string | null, view: SupervisedPeopleView): Promise<SupervisedPeoplePage> {
    return (await queryData(this.apollo, SupervisedPeopleDocument, { year, ...(unitId ? { unitId } : {}), ...view }, 'no-cache'))
      .supervisedPeople;
  }

  async person(userId: string, year: number): Promise<SupervisedPersonDetail> {
    return (await queryData(this.apollo, SupervisedPersonDocument, { userId, year }, 'no-cache')).supervisedPerson;
  }

  /** The dashboard as a file for BKPSDM: CSV as text, XLSX as base64 (see `encoding`). */
  async export(year: number, unitId: string | null, format: SupervisionExportFormat): Promise<SupervisionExportFile> {
    return (await queryData(this.apollo, SupervisionExportDocument, { year, format, ...(unitId ? { unitId } : {}) }, 'no-cache'))
      .supervisionExport;
  }

  /** Reminds the chosen people; those already reminded today or not behind are reported as skipped. */
  async nudge(input: NudgeLearnersInput): Promise<NudgeResult> {
    return (await mutateData(this.apollo, NudgeLearnersDocument, { input })).nudgeLearners;
  }

  async pendingClaims(): Promise<readonly PendingClaim[]> {
    return (await queryData(this.apollo, PendingExternalLearningDocument, {}, 'no-cache')).pendingExternalLearning;
  }

  async reviewClaim(input: ReviewExternalLearningInput): Promise<PendingClaim> {
    return (await mutateData(this.apollo, ReviewExternalLearningDocument, { input })).reviewExternalLearning;
  }

  async leaderboard(year: number, unitId: string | null): Promise<UnitLeaderboard> {
    return (await queryData(this.apollo, SupervisionLeaderboardDocument, { year, ...(unitId ? { unitId } : {}) }, 'no-cache'))
      .unitLeaderboard;
  }

  /**
   * A claim's evidence file. The access token lives only in memory, so a plain link could not authenticate:
   * the file is fetched with the bearer token and handed over as a Blob.
   */
  async evidence(claim: PendingClaim): Promise<Blob> {
    const token = this.auth.accessToken();
    const response = await fetch(claim.evidence.downloadPath, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      credentials: 'same-origin',
    });
    if (!response.ok) {
      throw new Error(`Evidence download failed with HTTP ${response.status}`);
    }
    return response.blob();
  }
}
