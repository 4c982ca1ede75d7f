import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { FormControl } from '@angular/forms';
import type { ReviewFlags, ReviewOptions } from '@tunas/shared/contracts';

export type ReviewFlagsForm = FormGroup<{ [K in keyof ReviewFlags]: FormControl<boolean> }>;
export type ReviewOptionsForm = FormGroup<{ [K in keyof ReviewOptions]: ReviewFlagsForm }>;

const MOMENTS: readonly (keyof ReviewOptions)[] = ['immediately', 'later', 'afterClose'];
const FLAGS: readonly (keyof ReviewFlags)[] = ['responses', 'score', 'correctness', 'feedback', 'rightAnswer'];

/** What learners may see in a review, per moment: a compact matrix of checkboxes (Moodle's review options). */
@Component({
  selector: 'tunas-quiz-review-options',
  imports: [ReactiveFormsModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="review-options" [formGroup]="form()">
      <table>
        <caption>{{ 'plugins.quiz.review.caption' | transloco }}</caption>
        <thead>
          <tr>
            <td></td>
            @for (moment of moments; track moment) {
              <th scope="col" [id]="'review-' + moment">{{ 'plugins.quiz.review.' + moment | transloco }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (flag of flags; track flag) {
            <tr>
              <th scope="row" [id]="'review-flag-' + flag">{{ 'plugins.quiz.review.' + flag | transloco }}</th>
              @for (moment of moments; track moment) {
                <td [formGroupName]="moment">
                  <input
                    type="checkbox"
                    [formControlName]="flag"
                    [attr.aria-labelledby]="'review-flag-' + flag + ' review-' + moment"
                    [attr.data-testid]="'review-' + moment + '-' + flag"
                  />
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .review-options { overflow-x: auto; }
    table { border-collapse: collapse; font: var(--mat-sys-body-medium); }
    caption { text-align: start; font: var(--mat-sys-title-small); padding-bottom: 4px; }
    th, td { padding: 4px 8px; text-align: center; }
    th[scope='row'] { text-align: start; font-weight: 400; }
    th[scope='col'] { font: var(--mat-sys-label-medium); }
    input { width: 20px; height: 20px; accent-color: var(--mat-sys-primary); }
  `,
})
export class QuizReviewOptionsComponent {
  readonly form = input.required<ReviewOptionsForm>();
  protected readonly moments = MOMENTS;
  protected readonly flags = FLAGS;
}
