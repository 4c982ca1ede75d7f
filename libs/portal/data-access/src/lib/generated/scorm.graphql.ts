/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@apollo/client';
export type CommitScormRuntimeInput = {
  attemptId: string | number;
  /** The runtime data as JSON (`{ cmi: … }`) */
  cmi: string;
  /** Increases with every commit of the attempt; a commit not above the stored one is ignored */
  sequence: number;
  /** The package called Terminate / LMSFinish */
  terminate?: boolean;
};

/** Whether the attempt starts fresh or resumes saved runtime data */
export type ScormEntry =
  | 'AB_INITIO'
  | 'RESUME';

export type ScormLaunchMutationVariables = Exact<{
  courseId: string | number;
  activityId: string | number;
  newAttempt?: boolean | null | undefined;
}>;


export type ScormLaunchMutation = { scormLaunch: { attemptId: string, attemptNumber: number, version: string, launchUrl: string, runtimeData: string | null, entry: ScormEntry, commitSequence: number } };

export type CommitScormRuntimeMutationVariables = Exact<{
  input: CommitScormRuntimeInput;
}>;


export type CommitScormRuntimeMutation = { commitScormRuntime: { accepted: boolean, completionStatus: string, successStatus: string, scoreScaled: number | null, activityCompletion: number, courseCompleted: boolean } };

export type ScormPackagesQueryVariables = Exact<{ [key: string]: never; }>;


export type ScormPackagesQuery = { materials: { items: Array<{ id: string, title: string, currentVersion: { id: string, metadata: unknown } | null }> } };


export const ScormLaunchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScormLaunch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"courseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newAttempt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scormLaunch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"courseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"courseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"newAttempt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newAttempt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attemptId"}},{"kind":"Field","name":{"kind":"Name","value":"attemptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"launchUrl"}},{"kind":"Field","name":{"kind":"Name","value":"runtimeData"}},{"kind":"Field","name":{"kind":"Name","value":"entry"}},{"kind":"Field","name":{"kind":"Name","value":"commitSequence"}}]}}]}}]} as unknown as DocumentNode<ScormLaunchMutation, ScormLaunchMutationVariables>;
export const CommitScormRuntimeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitScormRuntime"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitScormRuntimeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitScormRuntime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"completionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"successStatus"}},{"kind":"Field","name":{"kind":"Name","value":"scoreScaled"}},{"kind":"Field","name":{"kind":"Name","value":"activityCompletion"}},{"kind":"Field","name":{"kind":"Name","value":"courseCompleted"}}]}}]}}]} as unknown as DocumentNode<CommitScormRuntimeMutation, CommitScormRuntimeMutationVariables>;
export const ScormPackagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScormPackages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"materials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"SCORM"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScormPackagesQuery, ScormPackagesQueryVariables>;