import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { LocalizedTextComponent } from '../localized-text/localized-text.component';
import type { MessageText } from '../localized-text/localized-text.model';

export interface ErrorAlertDetail {
  readonly field: string;
  readonly message: MessageText;
}

/** A failure message announced to screen readers, with the fields it concerns. */
@Component({
  selector: 'tunas-error-alert',
  imports: [LocalizedTextComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="tunas-error-alert" role="alert" [attr.data-testid]="testId()">
      <p class="tunas-error-alert__summary"><tunas-localized-text [text]="message()" /></p>
      @if (details().length) {
        <ul class="tunas-error-alert__details">
          @for (detail of details(); track $index) {
            <li><tunas-localized-text [text]="detail.message" /></li>
          }
        </ul>
      }
    </div>
  `,
  styles: `
    .tunas-error-alert {
      border-inline-start: 4px solid var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      border-radius: 8px;
      padding: 12px 16px;
      margin-block: 12px;
    }
    .tunas-error-alert__summary { margin: 0; font-weight: 500; }
    .tunas-error-alert__details { margin: 8px 0 0; padding-inline-start: 20px; }
  `,
})
export class ErrorAlertComponent {
  readonly message = input.required<MessageText>();
  readonly details = input<readonly ErrorAlertDetail[]>([]);
  readonly testId = input('error-alert');
}
