import {
  type Binding,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  inputBinding,
  outputBinding,
  resource,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { type PortalError, toPortalError } from '@tunas/portal/data-access';
import { QuestionBankApi, type QuestionPreview } from '@tunas/portal/data-access/quiz';
import { type QuestionReview, QuestionUiRegistry } from '@tunas/portal/plugin-sdk';
import { ErrorAlertComponent } from '@tunas/portal/ui';
import { DynamicComponentHostComponent } from '../shared/dynamic-component-host.component';

/**
 * A saved question as a learner gets it, answered with the type's own answer area; "Periksa" asks the server
 * to grade the response and shows the mark, the feedback and the right answer.
 */
@Component({
  selector: 'tunas-question-preview-panel',
  imports: [MatButtonModule, TranslocoPipe, ErrorAlertComponent, DynamicComponentHostComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="preview" aria-labelledby="preview-title" data-testid="question-preview">
      <h2 id="preview-title">{{ 'quizAuthoring.preview.title' | transloco }}</h2>
      @if (loadError(); as error) {
        <tunas-error-alert [message]="error.message" />
      }
      @if (preview.hasValue()) {
        <div class="preview__text" [innerHTML]="preview.value().html"></div>
        <tunas-dynamic-component-host [load]="loadAnswer()" [bindings]="answerBindings()" />
        <div class="preview__actions">
          <button mat-flat-button type="button" (click)="check()" [disabled]="checking() || response() === null || graded() !== null" data-testid="preview-check">
            {{ 'quizAuthoring.preview.check' | transloco }}
          </button>
          @if (graded()) {
            <button mat-button type="button" (click)="reset()">{{ 'quizAuthoring.preview.again' | transloco }}</button>
          }
        </div>
      }
      @if (graded(); as result) {
        <div class="preview__result" role="status" data-testid="preview-result">
          <p class="preview__grade">
            @if (result.fraction === null) {
              {{ 'quizAuthoring.preview.needsGrading' | transloco }}
            } @else {
              {{ 'quizAuthoring.preview.grade' | transloco: { percent: percent(result.fraction) } }}
              @if (result.state) {
                ({{ 'quizAuthoring.preview.state.' + result.state | transloco }})
              }
            }
          </p>
          @for (line of result.feedback; track $index) {
            <div class="preview__feedback" [innerHTML]="line"></div>
          }
          @if (result.generalFeedback) {
            <div class="preview__feedback" [innerHTML]="result.generalFeedback"></div>
          }
        </div>
      }
    </section>
  `,
  styles: `
    .preview { display: flex; flex-direction: column; gap: 12px; padding: 16px; border-radius: 16px; background: var(--mat-sys-surface-container-low); border: 1px solid var(--mat-sys-outline-variant); }
    h2 { margin: 0; font: var(--mat-sys-title-medium); }
    .preview__text { overflow-wrap: anywhere; }
    .preview__actions { display: flex; flex-wrap: wrap; gap: 8px; }
    .preview__result { padding: 12px; border-radius: 8px; background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); }
    .preview__grade { margin: 0 0 4px; font-weight: 500; }
    .preview__feedback { margin-top: 4px; }
  `,
})
export class QuestionPreviewPanelComponent {
  private readonly api = inject(QuestionBankApi);
  private readonly registry = inject(QuestionUiRegistry);

  readonly questionId = input.required<string>();
  readonly type = input.required<string>();
  /** The saved version shown; a new one reloads the preview. */
  readonly versionId = input.required<string>();

  protected readonly preview = resource({
    params: () => ({ questionId: this.questionId(), versionId: this.versionId() }),
    loader: ({ params }) => this.api.preview({ questionId: params.questionId }),
  });
  protected readonly response = signal<unknown>(null);
  protected readonly graded = signal<QuestionPreview | null>(null);
  protected readonly checking = signal(false);
  private readonly checkError = signal<PortalError | null>(null);
  protected readonly loadError = computed(() => {
    const error = this.preview.error();
    return error ? toPortalError(error) : this.checkError();
  });

  private readonly review = computed<QuestionReview<unknown> | null>(() => {
    const result = this.graded();
    if (!result) return null;
    const state = result.state === 'correct' || result.state === 'partial' || result.state === 'incorrect' || result.state === 'needsGrading' ? result.state : null;
    return { rightAnswer: result.rightAnswer ?? null, state, feedback: result.feedback };
  });
  protected readonly loadAnswer = computed(() => {
    const ui = this.registry.get(this.type());
    return () => ui.loadAnswer();
  });
  protected readonly answerBindings = computed<readonly Binding[]>(() => {
    const preview = this.preview.value();
    return [
      inputBinding('questionId', () => `preview-${this.questionId()}`),
      inputBinding('view', () => preview?.view ?? null),
      inputBinding('response', this.response),
      inputBinding('readOnly', () => this.graded() !== null),
      inputBinding('review', this.review),
      outputBinding<unknown>('responseChange', (response) => this.response.set(response)),
    ];
  });

  protected async check(): Promise<void> {
    this.checking.set(true);
    this.checkError.set(null);
    try {
      this.graded.set(await this.api.preview({ questionId: this.questionId(), response: this.response() }));
    } catch (error) {
      this.checkError.set(toPortalError(error));
    } finally {
      this.checking.set(false);
    }
  }

  protected reset(): void {
    this.graded.set(null);
    this.response.set(null);
  }

  protected percent(fraction: number): number {
    return Math.round(fraction * 1000) / 10;
  }
}
