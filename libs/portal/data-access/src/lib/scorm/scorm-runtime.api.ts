import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { type Observable, from } from 'rxjs';
import { mutateData, queryData } from '../apollo/graphql-call.util';
import { CommitScormRuntimeDocument, type CommitScormRuntimeMutation, ScormLaunchDocument, type ScormLaunchMutation, ScormPackagesDocument } from '../generated/scorm.graphql';

export type ScormLaunch = ScormLaunchMutation['scormLaunch'];
export type ScormCommitResult = CommitScormRuntimeMutation['commitScormRuntime'];

/** A SCORM package of the materials library, with the summary stored on its current version. */
export interface ScormPackage {
  readonly materialId: string;
  readonly title: string;
  readonly versionId: string;
  readonly metadata: unknown;
}

/**
 * The SCORM activity's calls to the API: launches and runtime commits for the player, the library's packages for
 * the editor. It fits the SCORM plugin's `ScormRuntimeGateway` by shape (data access may not import plugins); the
 * app provides it as `SCORM_RUNTIME_GATEWAY`.
 */
@Injectable({ providedIn: 'root' })
export class ScormRuntimeApi {
  private readonly apollo = inject(Apollo);

  async launch(courseId: string, activityId: string, newAttempt: boolean): Promise<Omit<ScormLaunch, 'entry'> & { entry: 'ab-initio' | 'resume' }> {
    const launch = (await mutateData(this.apollo, ScormLaunchDocument, { courseId, activityId, newAttempt })).scormLaunch;
    return { ...launch, entry: launch.entry === 'RESUME' ? 'resume' : 'ab-initio' };
  }

  /** Durable on the server before it answers; an older sequence is answered with `accepted: false`. */
  async commit(input: { attemptId: string; sequence: number; cmi: string; terminate: boolean }): Promise<ScormCommitResult> {
    return (await mutateData(this.apollo, CommitScormRuntimeDocument, { input })).commitScormRuntime;
  }

  packages(): Observable<readonly ScormPackage[]> {
    return from(
      queryData(this.apollo, ScormPackagesDocument, {}).then((data) =>
        data.materials.items.flatMap((material) =>
          material.currentVersion ? [{ materialId: material.id, title: material.title, versionId: material.currentVersion.id, metadata: material.currentVersion.metadata }] : [],
        ),
      ),
    );
  }
}
