import {
  ChangeDetectionStrategy,
  Component,
  ViewContainerRef,
  effect,
  inject,
  input,
  inputBinding,
  output,
  outputBinding,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { type QuestionReview, QuestionUiRegistry } from '@tunas/portal/plugin-sdk';

/**
 * The answer area of one question, drawn by its type's lazily loaded component. The host around it shows
 * the question text; this passes the view, the response and (in a review) what may be shown.
 */
@Component({
  selector: 'tunas-question-answer-host',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Room for the answer form while its code loads, so the page below does not jump when it appears.
  host: { '[class.answer-host--loading]': 'loading()' },
  template: `
    @if (failed()) {
      <p class="answer-host__failed" role="alert">{{ 'quiz.attempt.questionFailed' | transloco }}</p>
    }
    <ng-container #outlet />
  `,
  styles: `
    :host { display: block; }
    :host(.answer-host--loading) { min-height: 12rem; }
    .answer-host__failed { padding: 12px 16px; border-radius: 8px; background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
  `,
})
export class QuestionAnswerHostComponent {
  private readonly registry = inject(QuestionUiRegistry);
  private readonly outlet = viewChild.required('outlet', { read: ViewContainerRef });

  readonly type = input.required<string>();
  /** Unique on the page: the answer component prefixes its element ids with it. */
  readonly questionId = input.required<string>();
  readonly view = input.required<unknown>();
  readonly response = input<unknown>(null);
  readonly readOnly = input(false);
  readonly review = input<QuestionReview<unknown> | null>(null);
  readonly responseChange = output<unknown>();

  protected readonly failed = signal(false);
  protected readonly loading = signal(true);

  constructor() {
    effect((onCleanup) => {
      const type = this.type();
      const outlet = this.outlet();
      let current = true;
      onCleanup(() => {
        current = false;
        outlet.clear();
      });
      untracked(() => void this.render(type, outlet, () => current));
    });
  }

  private async render(type: string, outlet: ViewContainerRef, isCurrent: () => boolean): Promise<void> {
    this.failed.set(false);
    try {
      const component = await this.registry.get(type).loadAnswer();
      if (!isCurrent()) {
        return;
      }
      const created = outlet.createComponent(component, {
        bindings: [
          inputBinding('questionId', this.questionId),
          inputBinding('view', this.view),
          inputBinding('response', this.response),
          inputBinding('readOnly', this.readOnly),
          inputBinding('review', this.review),
          outputBinding<unknown>('responseChange', (response) => {
            if (!this.readOnly()) {
              this.responseChange.emit(response);
            }
          }),
        ],
      });
      // Bind the answer form now: without zone.js the first check waits for the scheduler, and an answer typed
      // before it would be lost.
      created.changeDetectorRef.detectChanges();
      this.loading.set(false);
    } catch {
      this.loading.set(false);
      // A type this portal does not have, or a chunk that could not be fetched (offline before it was ever opened).
      this.failed.set(isCurrent());
    }
  }
}
