import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type PortalError, toPortalError } from '@tunas/portal/data-access';
import { CourseAuthoringApi, CoursesApi } from '@tunas/portal/data-access/courses';
import { ErrorAlertComponent } from '@tunas/portal/ui';
import { CourseDetailsFormComponent, type CourseDetailsValue } from './course-details-form.component';

/** `/ajar/baru`: a new course draft; its modules and activities follow in the editor. */
@Component({
  selector: 'tunas-course-create-page',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoPipe, ErrorAlertComponent, CourseDetailsFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-button routerLink="/ajar" class="create-course__back">
      <mat-icon svgIcon="arrow-back" aria-hidden="true" />
      {{ 'authoring.backToList' | transloco }}
    </a>
    <div class="tunas-page-header">
      <div>
        <h1>{{ 'authoring.create.title' | transloco }}</h1>
        <p>{{ 'authoring.create.intro' | transloco }}</p>
      </div>
    </div>
    @if (error(); as createError) {
      <tunas-error-alert [message]="createError.message" [details]="createError.fieldErrors" />
    }
    <tunas-course-details-form [topics]="topicOptions()" [saving]="saving()" submitKey="authoring.create.submit" (save)="create($event)" />
  `,
  styles: `
    :host { display: block; max-width: 760px; }
    .create-course__back { margin: -8px 0 8px -8px; }
  `,
})
export class CourseCreatePageComponent {
  private readonly authoring = inject(CourseAuthoringApi);
  private readonly courses = inject(CoursesApi);
  private readonly router = inject(Router);

  private readonly topics = resource({ loader: () => this.courses.topics() });
  protected readonly topicOptions = computed(() => (this.topics.hasValue() ? this.topics.value() : []));
  protected readonly saving = signal(false);
  protected readonly error = signal<PortalError | null>(null);

  protected async create(details: CourseDetailsValue): Promise<void> {
    this.saving.set(true);
    this.error.set(null);
    try {
      const course = await this.authoring.create({ ...details, language: 'id' });
      await this.router.navigate(['/ajar', course.id]);
    } catch (error) {
      this.error.set(toPortalError(error));
    } finally {
      this.saving.set(false);
    }
  }
}
