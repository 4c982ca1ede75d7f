/** The frozen shape of a published course, stored as JSON in course_versions.structure. */
export interface CourseStructure {
  modules: Array<{
    id: string;
    title: string;
    summary: string;
    requiresPrevious: boolean;
    activities: Array<{ id: string; type: string; schemaVersion: number; title: string; required: boolean; content: object }>;
  }>;
}

export function requiredActivityIds(structure: CourseStructure): string[] {
  return structure.modules.flatMap((module) => module.activities.filter((activity) => activity.required).map((activity) => activity.id));
}

/**
 * A learner may be moved to a new version when it asks the same of them: the same required activities,
 * in the same modules, with the same prerequisites. Text and content edits, and new optional activities, are safe.
 */
export function isSafeUpgrade(from: CourseStructure, to: CourseStructure): boolean {
  const shape = (structure: CourseStructure) =>
    JSON.stringify(structure.modules.map((module) => [module.id, module.requiresPrevious, module.activities.filter((a) => a.required).map((a) => `${a.id}:${a.type}`)]));
  return shape(from) === shape(to);
}
