import { Injectable, computed, inject, signal } from '@angular/core';
import { type PortalError, toPortalError } from '@tunas/portal/data-access';
import {
  type AddActivityInput,
  type AddModuleInput,
  CourseAuthoringApi,
  type CourseCard,
  type CourseOutline,
  CoursesApi,
  type UpdateActivityInput,
  type UpdateCourseInput,
  type UpdateModuleInput,
} from '@tunas/portal/data-access/courses';

/** The editable catalogue fields of a course. */
export type CourseDetails = Omit<UpdateCourseInput, 'id' | 'version'>;

/**
 * One course draft in the editor: its catalogue entry and its structure. Every change sends the course
 * version the editor last read and answers with the latest draft, so an edit made over someone else's
 * newer changes is refused (CONFLICT) instead of silently mixing the two.
 */
@Injectable()
export class CourseEditorStore {
  private readonly authoring = inject(CourseAuthoringApi);
  private readonly courses = inject(CoursesApi);
  private readonly course = signal<CourseCard | null>(null);
  private readonly draft = signal<CourseOutline | null>(null);

  readonly details = this.course.asReadonly();
  readonly outline = this.draft.asReadonly();
  readonly modules = computed(() => this.draft()?.modules ?? []);
  readonly loading = signal(false);
  readonly busy = signal(false);
  readonly error = signal<PortalError | null>(null);
  readonly loadError = signal<PortalError | null>(null);
  readonly isConflict = computed(() => this.error()?.code === 'CONFLICT');

  async load(courseId: string): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    this.error.set(null);
    try {
      const [course, draft] = await Promise.all([this.courses.course(courseId), this.authoring.preview(courseId)]);
      this.course.set(course);
      this.draft.set(draft);
    } catch (error) {
      this.loadError.set(toPortalError(error));
    } finally {
      this.loading.set(false);
    }
  }

  saveDetails(details: CourseDetails): Promise<boolean> {
    return this.run(async (course) => {
      this.course.set(await this.authoring.update({ ...details, id: course.id, version: course.version }));
    });
  }

  publish(): Promise<boolean> {
    return this.run(async (course) => {
      this.course.set(await this.authoring.publish(course.id));
    });
  }

  addModule(input: Omit<AddModuleInput, 'courseId' | 'courseVersion'>): Promise<boolean> {
    return this.change((course) => this.authoring.addModule({ ...input, courseId: course.id, courseVersion: course.version }));
  }

  updateModule(input: Omit<UpdateModuleInput, 'courseVersion'>): Promise<boolean> {
    return this.change((course) => this.authoring.updateModule({ ...input, courseVersion: course.version }));
  }

  removeModule(id: string): Promise<boolean> {
    return this.change(() => this.authoring.removeModule(id));
  }

  addActivity(input: Omit<AddActivityInput, 'courseVersion'>): Promise<boolean> {
    return this.change((course) => this.authoring.addActivity({ ...input, courseVersion: course.version }));
  }

  updateActivity(input: Omit<UpdateActivityInput, 'courseVersion'>): Promise<boolean> {
    return this.change((course) => this.authoring.updateActivity({ ...input, courseVersion: course.version }));
  }

  removeActivity(id: string): Promise<boolean> {
    return this.change(() => this.authoring.removeActivity(id));
  }

  /** Shows a reorder at once; the server's answer then settles it. */
  previewModuleOrder(from: number, to: number): void {
    this.draft.update((draft) => (draft ? { ...draft, modules: moved(draft.modules, from, to) } : draft));
  }

  previewActivityOrder(moduleId: string, from: number, to: number): void {
    this.draft.update((draft) =>
      draft
        ? {
            ...draft,
            modules: draft.modules.map((module) =>
              module.id === moduleId ? { ...module, activities: moved(module.activities, from, to) } : module,
            ),
          }
        : draft,
    );
  }

  private async change(action: (course: CourseCard) => Promise<CourseOutline>): Promise<boolean> {
    const done = await this.run(async (course) => {
      const draft = await action(course);
      this.draft.set(draft);
      // Structure changes bump the course version too.
      this.course.set(draft.course);
    });
    const course = this.course();
    if (!done && course) {
      // Undo what was shown ahead of the server (a reorder) by showing the draft as it is.
      this.authoring.preview(course.id).then((draft) => this.draft.set(draft), () => undefined);
    }
    return done;
  }

  private async run(action: (course: CourseCard) => Promise<void>): Promise<boolean> {
    const course = this.course();
    if (!course) {
      return false;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      await action(course);
      return true;
    } catch (error) {
      this.error.set(toPortalError(error));
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}

function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}
