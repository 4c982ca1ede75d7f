import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type PortalError, toPortalError } from '@tunas/portal/data-access';
import { CourseAuthoringApi } from '@tunas/portal/data-access/courses';
import { QuestionBankApi } from '@tunas/portal/data-access/quiz';
import { ErrorAlertComponent } from '@tunas/portal/ui';

/** `/kelola-kuis`: my question banks, a new bank, and each course's grading, gradebook and statistics. */
@Component({
  selector: 'tunas-question-banks-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    ErrorAlertComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './question-banks-page.component.html',
  styleUrl: './question-banks-page.component.scss',
})
export class QuestionBanksPageComponent {
  private readonly api = inject(QuestionBankApi);
  private readonly courseApi = inject(CourseAuthoringApi);
  private readonly router = inject(Router);

  protected readonly banks = resource({ loader: () => this.api.banks() });
  protected readonly courses = resource({ loader: () => this.courseApi.authored() });
  protected readonly loadError = computed(() => {
    const error = this.banks.error() ?? this.courses.error();
    return error ? toPortalError(error) : null;
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    /** '' for a bank shared by every course. */
    courseId: [''],
  });
  protected readonly creating = signal(false);
  protected readonly createError = signal<PortalError | null>(null);

  protected async createBank(): Promise<void> {
    if (this.form.invalid || this.creating()) {
      this.form.markAllAsTouched();
      return;
    }
    const { name, courseId } = this.form.getRawValue();
    this.creating.set(true);
    this.createError.set(null);
    try {
      const bank = await this.api.createBank(name.trim(), courseId || null);
      await this.router.navigate(['/kelola-kuis/bank', bank.id]);
    } catch (error) {
      this.createError.set(toPortalError(error));
    } finally {
      this.creating.set(false);
    }
  }
}
