import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MessageText } from './localized-text.model';

/** Shows a {@link MessageText}: translated when it has a key, its fallback text otherwise. */
@Component({
  selector: 'tunas-localized-text',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (text().key; as key) {{{ key | transloco: text().params }}} @else {{{ text().fallback }}}`,
})
export class LocalizedTextComponent {
  readonly text = input.required<MessageText>();
}
