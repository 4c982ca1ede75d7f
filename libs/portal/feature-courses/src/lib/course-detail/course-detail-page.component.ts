import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore, type PortalError, toPortalError } from '@tunas/portal/data-access';
import { CoursesApi } from '@tunas/portal/data-access/courses';
import { DateTimePipe, ErrorAlertComponent } from '@tunas/portal/ui';
import { CourseMetaComponent } from '../shared/course-meta.component';
import { EnrolByCsvPanelComponent } from './enrol-by-csv-panel.component';

/** `/kursus/:id`: what the course is, and "Daftar" or "Lanjutkan". */
@Component({
  selector: 'tunas-course-detail-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    DateTimePipe,
    ErrorAlertComponent,
    CourseMetaComponent,
    EnrolByCsvPanelComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './course-detail-page.component.html',
  styleUrl: './course-detail-page.component.scss',
})
export class CourseDetailPageComponent {
  private readonly api = inject(CoursesApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);

  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly course = resource({ params: () => this.id(), loader: ({ params }) => this.api.course(params) });
  private readonly enrolments = resource({ params: () => this.id(), loader: () => this.api.myCourses() });
  protected readonly enrolment = computed(() =>
    this.enrolments.hasValue()
      ? (this.enrolments.value().find((mine) => mine.enrolment.courseId === this.id())?.enrolment ?? null)
      : null,
  );
  /** The modules, once enrolled (the outline is only for enrolled learners). */
  protected readonly outline = resource({
    params: () => (this.enrolment() ? this.id() : undefined),
    loader: ({ params }) => this.api.outline(params),
  });
  protected readonly modules = computed(() => (this.outline.hasValue() ? this.outline.value().modules : []));
  protected readonly enrolmentKnown = computed(() => this.enrolments.hasValue());
  protected readonly progressPercent = computed(() => Math.round((this.enrolment()?.progress ?? 0) * 100));
  protected readonly isCompleted = computed(() => this.enrolment()?.status === 'COMPLETED');
  protected readonly canEnrolOthers = computed(() => this.auth.hasRole('ADMIN') || this.auth.hasRole('SUPERVISOR'));
  protected readonly enrolling = signal(false);
  protected readonly enrolError = signal<PortalError | null>(null);
  protected readonly loadError = computed(() => {
    const error = this.course.error();
    return error ? toPortalError(error) : null;
  });

  protected async enrol(): Promise<void> {
    if (this.enrolling()) {
      return;
    }
    this.enrolling.set(true);
    this.enrolError.set(null);
    try {
      await this.api.enrol(this.id());
      await this.router.navigate(['/belajar', this.id()]);
    } catch (error) {
      this.enrolError.set(toPortalError(error));
    } finally {
      this.enrolling.set(false);
    }
  }
}
