import { InjectionToken } from '@angular/core';
import type { ActivityContext } from './activity-ui.model';

/** The kinds of library material an activity may name (the API's `MaterialKind`). */
export type LibraryMaterialKind = 'DOCUMENT' | 'SLIDES' | 'VIDEO' | 'AUDIO' | 'IMAGE' | 'SCORM';

/** A library material's current version, as an activity editor offers it for picking. */
export interface LibraryMaterialOption {
  readonly materialId: string;
  readonly versionId: string;
  readonly title: string;
  readonly institutionName: string;
  readonly kind: LibraryMaterialKind;
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number;
}

/**
 * How document and video activities reach the partner libraries without data access of their own (plugins may not
 * use it): editors list the materials the trainer may put in a course, and learner views ask for a short-lived
 * address of the file an activity names (the API checks the enrolment). The app provides it.
 */
export interface LibraryMaterials {
  usable(kinds: readonly LibraryMaterialKind[], search: string): Promise<readonly LibraryMaterialOption[]>;
  fileUrl(context: ActivityContext): Promise<string>;
}

export const LIBRARY_MATERIALS = new InjectionToken<LibraryMaterials>('LIBRARY_MATERIALS');
