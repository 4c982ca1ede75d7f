import { PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type PortalError, toPortalError } from '@tunas/portal/data-access';
import { QuizReportsApi } from '@tunas/portal/data-access/quiz';
import { ErrorAlertComponent } from '@tunas/portal/ui';
import { downloadText } from '../shared/download-file.util';

/** `/kelola-kuis/nilai/:courseId`: every learner's quiz grades in a course, with a CSV download. */
@Component({
  selector: 'tunas-gradebook-page',
  imports: [PercentPipe, MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink, TranslocoPipe, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-button routerLink="/kelola-kuis" class="back-link">
      <mat-icon svgIcon="arrow-back" aria-hidden="true" />{{ 'quizAuthoring.bank.back' | transloco }}
    </a>
    <div class="tunas-page-header">
      <div>
        <h1>{{ 'quizAuthoring.gradebook.title' | transloco }}</h1>
        <p>{{ 'quizAuthoring.gradebook.intro' | transloco }}</p>
      </div>
      <div class="gradebook-actions">
        <a mat-stroked-button [routerLink]="['/kelola-kuis/penilaian', courseId()]">{{ 'quizAuthoring.banks.grading' | transloco }}</a>
        <button mat-flat-button type="button" (click)="downloadCsv()" [disabled]="downloading()" data-testid="gradebook-csv">
          {{ 'quizAuthoring.gradebook.csv' | transloco }}
        </button>
      </div>
    </div>
    @if (gradebook.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
    }
    @if (error(); as failure) {
      <tunas-error-alert [message]="failure.message" />
    }
    @if (gradebook.hasValue()) {
      @let book = gradebook.value();
      @if (book.quizzes.length) {
        <h2 class="gradebook-subtitle">{{ 'quizAuthoring.gradebook.quizzes' | transloco }}</h2>
        <ul class="gradebook-quizzes" data-testid="gradebook-quizzes">
          @for (quiz of book.quizzes; track quiz.activityId) {
            <li>
              <a [routerLink]="['/kelola-kuis/statistik', courseId(), quiz.activityId]">
                {{ 'quizAuthoring.gradebook.statisticsOf' | transloco: { quiz: quiz.title } }}
              </a>
            </li>
          }
        </ul>
      } @else {
        <p class="gradebook-empty">{{ 'quizAuthoring.gradebook.noQuizzes' | transloco }}</p>
      }
      @if (!book.rows.length) {
        <p class="gradebook-empty">{{ 'quizAuthoring.gradebook.noLearners' | transloco }}</p>
      } @else {
        <div class="table-scroll" tabindex="0" [attr.aria-label]="'quizAuthoring.gradebook.title' | transloco">
          <table class="gradebook-table" data-testid="gradebook-table">
            <thead>
              <tr>
                <th scope="col">{{ 'quizAuthoring.gradebook.learner' | transloco }}</th>
                <th scope="col">{{ 'quizAuthoring.gradebook.progress' | transloco }}</th>
                @for (quiz of book.quizzes; track quiz.activityId) {
                  <th scope="col">{{ quiz.title }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (row of book.rows; track row.userId) {
                <tr>
                  <th scope="row">
                    {{ row.name }}
                    @if (row.nip) {
                      <span class="gradebook-nip">{{ row.nip }}</span>
                    }
                  </th>
                  <td>{{ row.progress | percent: '1.0-0' }}</td>
                  @for (cell of row.grades; track cell.activityId) {
                    <td>
                      @if (cell.grade !== null) {
                        {{ cell.grade | percent: '1.0-1' }}
                        {{ (cell.passed ? 'quizAuthoring.gradebook.passed' : 'quizAuthoring.gradebook.notPassed') | transloco }}
                      } @else {
                        —
                      }
                      @if (cell.awaitingGrading) {
                        <span class="gradebook-flag">{{ 'quizAuthoring.gradebook.awaiting' | transloco }}</span>
                      }
                    </td>
                  }
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    }
  `,
  styles: `
    .back-link { margin-bottom: 8px; }
    .gradebook-actions { display: flex; flex-wrap: wrap; gap: 8px; }
    .gradebook-subtitle { margin: 0 0 8px; font: var(--mat-sys-title-medium); }
    .gradebook-quizzes { margin: 0 0 16px; padding-inline-start: 20px; }
    .gradebook-empty { padding: 16px; border-radius: 12px; background: var(--mat-sys-surface-container-low); }
    .table-scroll { overflow-x: auto; }
    .gradebook-table { border-collapse: collapse; width: 100%; font: var(--mat-sys-body-medium); }
    .gradebook-table th, .gradebook-table td { padding: 6px 10px; text-align: start; border-bottom: 1px solid var(--mat-sys-outline-variant); white-space: nowrap; }
    .gradebook-table th[scope='row'] { font-weight: 500; }
    .gradebook-nip { display: block; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .gradebook-flag { display: block; font: var(--mat-sys-label-small); color: var(--mat-sys-tertiary); }
  `,
})
export class GradebookPageComponent {
  private readonly api = inject(QuizReportsApi);

  readonly courseId = input.required<string>();

  protected readonly gradebook = resource({ params: () => this.courseId(), loader: ({ params }) => this.api.gradebook(params) });
  protected readonly downloading = signal(false);
  private readonly downloadError = signal<PortalError | null>(null);
  protected readonly error = computed(() => {
    const error = this.gradebook.error();
    return error ? toPortalError(error) : this.downloadError();
  });

  protected async downloadCsv(): Promise<void> {
    this.downloading.set(true);
    this.downloadError.set(null);
    try {
      // The server's CSV already starts with a BOM, so spreadsheets read it as UTF-8.
      downloadText(await this.api.gradebookCsv(this.courseId()), `nilai-kuis-${this.courseId()}.csv`, 'text/csv');
    } catch (error) {
      this.downloadError.set(toPortalError(error));
    } finally {
      this.downloading.set(false);
    }
  }
}
