import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { queryData } from '../apollo/graphql-call.util';
import { ActivityMaterialUrlDocument, LibraryMaterialOptionsDocument, type MaterialKind } from '../generated/materials.graphql';

/** A library material's current version, as document and video editors offer it. */
export interface LibraryMaterialChoice {
  readonly materialId: string;
  readonly versionId: string;
  readonly title: string;
  readonly institutionName: string;
  readonly kind: MaterialKind;
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number;
}

/**
 * Library access for document and video activities. It fits the plugin SDK's `LibraryMaterials` by shape (data access
 * may not import the SDK's Angular tokens' users); the app provides it as `LIBRARY_MATERIALS`. Kept apart from the
 * library screens' uploads so that tus-js-client never rides along with the course screens.
 */
@Injectable({ providedIn: 'root' })
export class LibraryMaterialsGateway {
  private readonly apollo = inject(Apollo);

  /** The current versions of materials of these kinds the caller may use (the API applies the library's rules). */
  async usable(kinds: readonly MaterialKind[], search: string): Promise<readonly LibraryMaterialChoice[]> {
    const pages = await Promise.all(
      kinds.map((kind) => queryData(this.apollo, LibraryMaterialOptionsDocument, { filter: { kind, search: search.trim() || undefined }, page: { offset: 0, limit: 50 } })),
    );
    return pages
      .flatMap((page) => page.materials.items)
      .flatMap((material) =>
        material.currentVersion
          ? [{ materialId: material.id, versionId: material.currentVersion.id, title: material.title, institutionName: material.institutionName, kind: material.kind, fileName: material.currentVersion.fileName, contentType: material.currentVersion.contentType, size: material.currentVersion.size }]
          : [],
      );
  }

  /** A short-lived same-origin address of the file an enrolled learner's activity names. */
  async fileUrl(context: { courseId: string; activityId: string }): Promise<string> {
    return (await queryData(this.apollo, ActivityMaterialUrlDocument, { courseId: context.courseId, activityId: context.activityId })).activityMaterialUrl;
  }
}
