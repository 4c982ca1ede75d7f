/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@apollo/client';
/** Milestones: the first course, the year’s JP target, all three core topics */
export type BadgeKind =
  | 'CORE_TOPICS'
  | 'FIRST_COURSE'
  | 'JP_TARGET_REACHED';

export type EvidenceUploadInput = {
  /** The file as base64 (at most 5 MB decoded); PDF, JPEG or PNG by content */
  contentBase64: string;
  /** The original file name, shown to reviewers */
  fileName: string;
};

/** Only APPROVED claims count toward JP */
export type ExternalLearningStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

/** A Tunas course completion, or an approved external claim */
export type LearningRecordSource =
  | 'COURSE'
  | 'EXTERNAL';

/** E_LEARNING (a Tunas course), KLASIKAL or NON_KLASIKAL (learning elsewhere) */
export type LearningRoute =
  | 'E_LEARNING'
  | 'KLASIKAL'
  | 'NON_KLASIKAL';

export type SubmitExternalLearningInput = {
  /** TEKNIS, MANAJERIAL or SOSIAL_KULTURAL */
  competencyType: string;
  /** YYYY-MM-DD; the year it counts toward */
  endedOn: string;
  evidence: EvidenceUploadInput;
  /** JP claimed (1 JP = 45 minutes of learning) */
  jpHours: number;
  /** Who ran it (an institution, a BPSDM, a ministry) */
  provider: string;
  /** KLASIKAL or NON_KLASIKAL (E_LEARNING is for Tunas courses) */
  route: LearningRoute;
  /** YYYY-MM-DD */
  startedOn: string;
  title: string;
};

export type ExternalLearningFieldsFragment = { id: string, title: string, provider: string, startedOn: string, endedOn: string, jpHours: number, competencyType: string, route: LearningRoute, status: ExternalLearningStatus, submittedAt: string, reviewComment: string | null, reviewedAt: string | null, reviewerName: string | null, evidence: { fileName: string, mediaType: string, size: number } };

export type MyLearningRecordQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type MyLearningRecordQuery = { myLearningRecord: { year: number, totalJp: number, targetJp: number, remainingJp: number, targetReached: boolean, byCompetencyType: Array<{ competencyType: string, jpHours: number }>, entries: Array<{ id: string, source: LearningRecordSource, title: string, provider: string, route: LearningRoute, competencyType: string, jpHours: number, startedAt: string, endedAt: string, score: number | null, certificateId: string | null, courseId: string | null, claimId: string | null }>, externalLearning: Array<{ id: string, title: string, provider: string, startedOn: string, endedOn: string, jpHours: number, competencyType: string, route: LearningRoute, status: ExternalLearningStatus, submittedAt: string, reviewComment: string | null, reviewedAt: string | null, reviewerName: string | null, evidence: { fileName: string, mediaType: string, size: number } }> } };

export type MyBadgesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyBadgesQuery = { myBadges: Array<{ kind: BadgeKind, title: string, year: number | null, awardedAt: string }> };

export type MyCertificatesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCertificatesQuery = { myCertificates: Array<{ id: string, serial: string, courseId: string, courseTitle: string, competencyType: string, jpHours: number, finalScore: number | null, completedAt: string, issuedAt: string, revokedAt: string | null, revocationReason: string | null, verificationUrl: string }> };

export type SubmitExternalLearningMutationVariables = Exact<{
  input: SubmitExternalLearningInput;
}>;


export type SubmitExternalLearningMutation = { submitExternalLearning: { id: string, title: string, provider: string, startedOn: string, endedOn: string, jpHours: number, competencyType: string, route: LearningRoute, status: ExternalLearningStatus, submittedAt: string, reviewComment: string | null, reviewedAt: string | null, reviewerName: string | null, evidence: { fileName: string, mediaType: string, size: number } } };

export type MyUnitLeaderboardQueryVariables = Exact<{
  year: number;
}>;


export type MyUnitLeaderboardQuery = { unitLeaderboard: { unitName: string, year: number, optedIn: boolean, entries: Array<{ userId: string, name: string, rank: number, jp: number, badges: number }> } };

export type SetLeaderboardOptInMutationVariables = Exact<{
  optIn: boolean;
}>;


export type SetLeaderboardOptInMutation = { setLeaderboardOptIn: boolean };

export const ExternalLearningFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExternalLearningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExternalLearning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"jpHours"}},{"kind":"Field","name":{"kind":"Name","value":"competencyType"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerName"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]} as unknown as DocumentNode<ExternalLearningFieldsFragment, unknown>;
export const MyLearningRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyLearningRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myLearningRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"totalJp"}},{"kind":"Field","name":{"kind":"Name","value":"targetJp"}},{"kind":"Field","name":{"kind":"Name","value":"remainingJp"}},{"kind":"Field","name":{"kind":"Name","value":"targetReached"}},{"kind":"Field","name":{"kind":"Name","value":"byCompetencyType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competencyType"}},{"kind":"Field","name":{"kind":"Name","value":"jpHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"competencyType"}},{"kind":"Field","name":{"kind":"Name","value":"jpHours"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"courseId"}},{"kind":"Field","name":{"kind":"Name","value":"claimId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalLearning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExternalLearningFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExternalLearningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExternalLearning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"jpHours"}},{"kind":"Field","name":{"kind":"Name","value":"competencyType"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerName"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]} as unknown as DocumentNode<MyLearningRecordQuery, MyLearningRecordQueryVariables>;
export const MyBadgesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyBadges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myBadges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"awardedAt"}}]}}]}}]} as unknown as DocumentNode<MyBadgesQuery, MyBadgesQueryVariables>;
export const MyCertificatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCertificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCertificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"courseId"}},{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"competencyType"}},{"kind":"Field","name":{"kind":"Name","value":"jpHours"}},{"kind":"Field","name":{"kind":"Name","value":"finalScore"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"verificationUrl"}}]}}]}}]} as unknown as DocumentNode<MyCertificatesQuery, MyCertificatesQueryVariables>;
export const SubmitExternalLearningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitExternalLearning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitExternalLearningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitExternalLearning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExternalLearningFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExternalLearningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExternalLearning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"jpHours"}},{"kind":"Field","name":{"kind":"Name","value":"competencyType"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerName"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]} as unknown as DocumentNode<SubmitExternalLearningMutation, SubmitExternalLearningMutationVariables>;
export const MyUnitLeaderboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyUnitLeaderboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitLeaderboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"optedIn"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"jp"}},{"kind":"Field","name":{"kind":"Name","value":"badges"}}]}}]}}]}}]} as unknown as DocumentNode<MyUnitLeaderboardQuery, MyUnitLeaderboardQueryVariables>;
export const SetLeaderboardOptInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetLeaderboardOptIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"optIn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLeaderboardOptIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"optIn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"optIn"}}}]}]}}]} as unknown as DocumentNode<SetLeaderboardOptInMutation, SetLeaderboardOptInMutationVariables>;