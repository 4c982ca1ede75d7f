import { InjectionToken } from '@angular/core';
import type { Observable } from 'rxjs';

/** What `scormLaunch` answers: the attempt to play and where its launch file is served. */
export interface ScormLaunchInfo {
  readonly attemptId: string;
  readonly attemptNumber: number;
  readonly version: string;
  readonly launchUrl: string;
  /** JSON `{ cmi }` to load before the package initialises, when resuming. */
  readonly runtimeData: string | null;
  readonly entry: 'ab-initio' | 'resume';
  /** The last commit the server stored; the player numbers its commits above it. */
  readonly commitSequence: number;
}

export interface ScormCommitRequest {
  readonly attemptId: string;
  readonly sequence: number;
  readonly cmi: string;
  readonly terminate: boolean;
}

export interface ScormCommitOutcome {
  readonly accepted: boolean;
  readonly completionStatus: string;
  readonly successStatus: string;
  readonly scoreScaled: number | null;
  readonly activityCompletion: number;
  readonly courseCompleted: boolean;
}

/** A SCORM package of the materials library, as the activity editor offers it. */
export interface ScormPackageOption {
  readonly materialId: string;
  readonly title: string;
  readonly versionId: string;
  /** The package summary the API stored on the version (version, launchables, ...). */
  readonly metadata: unknown;
}

/**
 * What the SCORM activity needs from the API: launches and runtime commits for the player, the library's packages
 * for the editor. Plugins may not use data access, so the app provides it next to the installed activity UIs.
 *
 * @example
 * { provide: SCORM_RUNTIME_GATEWAY, useExisting: ScormRuntimeApi }
 */
export interface ScormRuntimeGateway {
  launch(courseId: string, activityId: string, newAttempt: boolean): Promise<ScormLaunchInfo>;
  commit(request: ScormCommitRequest): Promise<ScormCommitOutcome>;
  packages(): Observable<readonly ScormPackageOption[]>;
}

export const SCORM_RUNTIME_GATEWAY = new InjectionToken<ScormRuntimeGateway>('SCORM_RUNTIME_GATEWAY');
