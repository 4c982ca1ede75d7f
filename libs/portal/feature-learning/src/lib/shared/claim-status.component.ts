import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ExternalLearningStatus } from '@tunas/portal/data-access/learning';

/** Menunggu, disetujui or ditolak, in words (colour only repeats them). */
@Component({
  selector: 'tunas-claim-status',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="claim-status" [class]="'claim-status--' + status()" data-testid="claim-status">{{ 'learning.claims.status.' + status() | transloco }}</span>`,
  styles: `
    .claim-status { display: inline-block; padding: 2px 10px; border-radius: 12px; font: var(--mat-sys-label-medium); white-space: nowrap; }
    .claim-status--PENDING { background: var(--mat-sys-surface-container-highest); color: var(--mat-sys-on-surface); }
    .claim-status--APPROVED { background: var(--mat-sys-tertiary-container); color: var(--mat-sys-on-tertiary-container); }
    .claim-status--REJECTED { background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
  `,
})
export class ClaimStatusComponent {
  readonly status = input.required<ExternalLearningStatus>();
}
