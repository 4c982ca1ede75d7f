import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, signal } from '@angular/core';
import { Clipboard } from '@angular/cdk/clipboard';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

/** Copies a value (an activation link) and says so, visibly and to screen readers. */
@Component({
  selector: 'tunas-copy-button',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button mat-stroked-button type="button" (click)="copyValue()" [attr.aria-label]="label()">
      <mat-icon [svgIcon]="copied() ? 'check' : 'copy'" aria-hidden="true" />
      {{ (copied() ? 'common.copied' : 'common.copy') | transloco }}
    </button>
    <span class="cdk-visually-hidden" aria-live="polite">{{ copied() ? ('common.copied' | transloco) : '' }}</span>
  `,
})
export class CopyButtonComponent {
  private readonly clipboard = inject(Clipboard);
  private timer: ReturnType<typeof setTimeout> | undefined;

  readonly value = input.required<string>();
  /** Says what is copied, e.g. "Salin tautan aktivasi untuk Budi". */
  readonly label = input.required<string>();
  protected readonly copied = signal(false);

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.timer));
  }

  protected copyValue(): void {
    this.copied.set(this.clipboard.copy(this.value()));
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.copied.set(false), 2500);
  }
}
