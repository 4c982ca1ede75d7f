import { CdkDrag, type CdkDragDrop, CdkDragHandle, CdkDropList, moveItemInArray } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { QuestionAnswerComponent, QuestionReview } from '@tunas/portal/plugin-sdk';
import type { OrderingResponse, OrderingView } from '@tunas/plugins/questions/common';
import { ANSWER_LAYOUT_STYLES } from '../review/answer-layout.styles';
import { QuestionReviewSummaryComponent } from '../review/question-review-summary.component';
import { type ReviewMarkKind, ReviewMarkComponent } from '../review/review-mark.component';

interface ItemRow {
  readonly id: string;
  readonly textId: string;
  readonly text: string;
  readonly mark: ReviewMarkKind | null;
}

interface Announcement {
  readonly position: number;
  readonly count: number;
}

/**
 * A list put in order with Naik and Turun buttons (keyboard and screen readers), each move announced;
 * dragging by the handle is offered as well on pointer devices.
 */
@Component({
  selector: 'tunas-ordering-answer',
  imports: [CdkDrag, CdkDragHandle, CdkDropList, QuestionReviewSummaryComponent, ReviewMarkComponent, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="hint" [id]="instructionsId()">{{ 'questions.ordering.instructions' | transloco }}</p>
    <ol class="ordering" cdkDropList [cdkDropListDisabled]="readOnly()" [attr.aria-describedby]="instructionsId()" (cdkDropListDropped)="drop($event)">
      @for (item of rows(); track item.id; let index = $index, last = $last) {
        <li class="ordering__item" cdkDrag [cdkDragDisabled]="readOnly()" [attr.data-item]="item.id">
          <span class="ordering__handle" cdkDragHandle aria-hidden="true">
            <svg viewBox="0 0 24 24" focusable="false"><path d="M11 18c0 1.1-.9 2-2 2s-2-.9-2-2 .9-2 2-2 2 .9 2 2zm-2-8c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2zm0-6c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2zm6 4c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2zm0 2c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2zm0 6c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2z" /></svg>
          </span>
          <span class="ordering__position" aria-hidden="true">{{ index + 1 }}.</span>
          <span class="ordering__text" [id]="item.textId" [innerHTML]="item.text"></span>
          @if (item.mark; as mark) {
            <tunas-review-mark [kind]="mark" />
          }
          @if (!readOnly()) {
            <span class="ordering__moves">
              <button type="button" class="ordering__move" data-move="up" [disabled]="index === 0" [attr.aria-describedby]="item.textId" (click)="move(index, -1)">
                {{ 'questions.ordering.moveUp' | transloco }}
              </button>
              <button type="button" class="ordering__move" data-move="down" [disabled]="last" [attr.aria-describedby]="item.textId" (click)="move(index, 1)">
                {{ 'questions.ordering.moveDown' | transloco }}
              </button>
            </span>
          }
        </li>
      }
    </ol>
    <p class="cdk-visually-hidden" aria-live="polite" data-testid="ordering-announcement">
      @if (announcement(); as moved) {
        {{ 'questions.ordering.moved' | transloco: moved }}
      }
    </p>
    @if (review(); as review) {
      <tunas-question-review-summary [state]="review.state" [feedback]="review.feedback" [rightAnswer]="rightAnswerLines()" [ordered]="true" />
    }
  `,
  styles: [
    ANSWER_LAYOUT_STYLES,
    `
      .ordering { display: flex; flex-direction: column; gap: 8px; margin: 8px 0 0; padding: 0; list-style: none; }
      .ordering__item {
        display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; min-height: 48px; padding: 4px 8px;
        border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; background: var(--mat-sys-surface);
      }
      .ordering__handle { display: inline-flex; width: 24px; height: 24px; cursor: grab; color: var(--mat-sys-on-surface-variant); }
      .ordering__handle svg { width: 24px; height: 24px; fill: currentColor; }
      .ordering__position { font-weight: 600; }
      .ordering__text { flex: 1 1 10rem; overflow-wrap: anywhere; padding: 8px 0; }
      .ordering__moves { display: flex; gap: 4px; margin-inline-start: auto; }
      .ordering__move {
        min-width: 64px; min-height: 44px; padding: 0 12px; font: var(--mat-sys-label-large); border-radius: 20px; cursor: pointer;
        border: 1px solid var(--mat-sys-outline); background: var(--mat-sys-surface); color: var(--mat-sys-primary);
      }
      .ordering__move:disabled { color: var(--mat-sys-on-surface-variant); opacity: 0.5; cursor: default; }
      .ordering__move:focus-visible { outline: 3px solid var(--mat-sys-primary); outline-offset: 2px; }
      .cdk-drag-preview { box-shadow: var(--mat-sys-level3); }
      .cdk-drag-placeholder { opacity: 0.4; }
    `,
  ],
})
export class OrderingAnswerComponent implements QuestionAnswerComponent<OrderingResponse, OrderingView> {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly questionId = input.required<string>();
  readonly view = input.required<OrderingView>();
  readonly response = input<OrderingResponse | null>(null);
  readonly readOnly = input(false);
  readonly review = input<QuestionReview<OrderingResponse> | null>(null);
  readonly responseChange = output<OrderingResponse>();

  /** A stored order that still names exactly the view's items; otherwise the order the server dealt. */
  private readonly order = linkedSignal(() => {
    const dealt = this.view().items.map((item) => item.id);
    const stored = this.response()?.order;
    return stored && stored.length === dealt.length && dealt.every((id) => stored.includes(id)) ? stored : dealt;
  });
  private readonly rightOrder = computed(() => this.review()?.rightAnswer?.order ?? null);

  protected readonly instructionsId = computed(() => `${this.questionId()}-instructions`);
  protected readonly announcement = signal<Announcement | null>(null);

  protected readonly rows = computed<ItemRow[]>(() => {
    const text = new Map(this.view().items.map((item) => [item.id, item.text]));
    const right = this.rightOrder();
    return this.order().map((id, index) => ({
      id,
      textId: `${this.questionId()}-item-${id}`,
      text: text.get(id) ?? '',
      mark: right === null ? null : right[index] === id ? 'correct' : 'incorrect',
    }));
  });

  protected readonly rightAnswerLines = computed(() => {
    const right = this.rightOrder();
    if (right === null) {
      return null;
    }
    const text = new Map(this.view().items.map((item) => [item.id, item.text]));
    return right.map((id) => text.get(id) ?? id);
  });

  protected move(index: number, offset: -1 | 1): void {
    const target = index + offset;
    const id = this.order()[index];
    this.reorder(index, target);
    // The pressed button may now be disabled (top or bottom): keep the focus on the moved item.
    afterNextRender(
      () => {
        const item = this.host.nativeElement.querySelector(`[data-item="${id}"]`);
        const buttons = Array.from(item?.querySelectorAll<HTMLButtonElement>('.ordering__move') ?? []);
        const pressed = buttons[offset < 0 ? 0 : 1];
        (pressed && !pressed.disabled ? pressed : buttons.find((button) => !button.disabled))?.focus();
      },
      { injector: this.injector },
    );
  }

  protected drop(event: CdkDragDrop<unknown>): void {
    this.reorder(event.previousIndex, event.currentIndex);
  }

  private reorder(from: number, to: number): void {
    const order = [...this.order()];
    if (this.readOnly() || from === to || to < 0 || to >= order.length) {
      return;
    }
    moveItemInArray(order, from, to);
    this.order.set(order);
    this.announcement.set({ position: to + 1, count: order.length });
    this.responseChange.emit({ order });
  }
}
