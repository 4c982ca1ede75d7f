import { ChangeDetectionStrategy, Component, computed, effect, inject, input, resource, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { CoursesApi } from '@tunas/portal/data-access/courses';
import { DateTimePipe, ErrorAlertComponent } from '@tunas/portal/ui';
import { firstValueFrom } from 'rxjs';
import { CourseDetailsFormComponent, type CourseDetailsValue } from './course-details-form.component';
import { CourseEditorStore } from './course-editor.store';
import { CourseStructureEditorComponent } from './course-structure-editor.component';
import { PublishCourseDialogComponent, type PublishCourseDialogData } from './publish-course-dialog.component';

/** `/ajar/:id`: the catalogue entry, the modules and activities, preview and publish. */
@Component({
  selector: 'tunas-course-editor-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    DateTimePipe,
    ErrorAlertComponent,
    CourseDetailsFormComponent,
    CourseStructureEditorComponent,
  ],
  providers: [CourseEditorStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './course-editor-page.component.html',
  styleUrl: './course-editor-page.component.scss',
})
export class CourseEditorPageComponent {
  private readonly store = inject(CourseEditorStore);
  private readonly courses = inject(CoursesApi);
  private readonly dialog = inject(MatDialog);

  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly course = this.store.details;
  protected readonly loading = this.store.loading;
  protected readonly busy = this.store.busy;
  protected readonly error = this.store.error;
  protected readonly loadError = this.store.loadError;
  protected readonly isConflict = this.store.isConflict;
  protected readonly statusKey = signal<string | null>(null);
  private readonly topics = resource({ loader: () => this.courses.topics() });
  protected readonly topicOptions = computed(() => (this.topics.hasValue() ? this.topics.value() : []));
  protected readonly isPublished = computed(() => this.course()?.status === 'PUBLISHED');
  protected readonly counts = computed(() => {
    const modules = this.store.modules();
    return { modules: modules.length, activities: modules.reduce((total, module) => total + module.activities.length, 0) };
  });
  protected readonly previewLink = computed(() => ['/ajar', this.id(), 'pratinjau']);

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id));
    });
  }

  protected async saveDetails(details: CourseDetailsValue): Promise<void> {
    this.statusKey.set(null);
    if (await this.store.saveDetails(details)) {
      this.statusKey.set('authoring.details.saved');
    }
  }

  protected reload(): void {
    this.statusKey.set(null);
    void this.store.load(this.id());
  }

  protected async publish(): Promise<void> {
    const course = this.course();
    if (!course) {
      return;
    }
    const confirmed = await firstValueFrom(
      this.dialog
        .open<PublishCourseDialogComponent, PublishCourseDialogData, boolean>(PublishCourseDialogComponent, {
          data: { title: course.title, ...this.counts(), republish: course.status === 'PUBLISHED' },
          maxWidth: '96vw',
        })
        .afterClosed(),
    );
    if (confirmed) {
      this.statusKey.set(null);
      if (await this.store.publish()) {
        this.statusKey.set('authoring.publish.done');
      }
    }
  }
}
