import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type PortalError, toPortalError } from '@tunas/portal/data-access';
import { type PendingClaim, SupervisionApi } from '@tunas/portal/data-access/supervision';
import { DateTimePipe, ErrorAlertComponent } from '@tunas/portal/ui';
import { downloadBlob } from '../shared/download-file.util';

type Decision = 'APPROVE' | 'REJECT';

interface ReviewOutcome {
  readonly title: string;
  readonly learnerName: string;
  readonly decision: Decision;
}

/** `/pimpinan/pengajuan`: learning done elsewhere waiting for review, oldest first; a rejection needs a comment. */
@Component({
  selector: 'tunas-external-learning-review-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    DateTimePipe,
    ErrorAlertComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './external-learning-review-page.component.html',
  styleUrl: './external-learning-review-page.component.scss',
})
export class ExternalLearningReviewPageComponent {
  private readonly api = inject(SupervisionApi);

  protected readonly claims = resource({ loader: () => this.api.pendingClaims() });
  /** Claims decided on this visit, gone from the queue without reloading it. */
  private readonly decided = signal<ReadonlySet<string>>(new Set());
  protected readonly pending = computed(() => (this.claims.value() ?? []).filter((claim) => !this.decided().has(claim.id)));

  protected readonly comments = signal<ReadonlyMap<string, string>>(new Map());
  /** Claims whose rejection was tried without a comment, to show the field's error. */
  protected readonly commentMissing = signal<ReadonlySet<string>>(new Set());
  protected readonly busy = signal<string | null>(null);
  protected readonly outcome = signal<ReviewOutcome | null>(null);
  private readonly actionError = signal<PortalError | null>(null);
  protected readonly error = computed(() => {
    const error = this.claims.error();
    return error ? toPortalError(error) : this.actionError();
  });

  protected setComment(claimId: string, comment: string): void {
    this.comments.update((comments) => new Map(comments).set(claimId, comment));
    if (comment.trim()) this.commentMissing.update((missing) => without(missing, claimId));
  }

  protected async review(claim: PendingClaim, decision: Decision): Promise<void> {
    const comment = (this.comments().get(claim.id) ?? '').trim();
    if (decision === 'REJECT' && !comment) {
      this.commentMissing.update((missing) => new Set([...missing, claim.id]));
      document.getElementById(`claim-comment-${claim.id}`)?.focus();
      return;
    }
    this.busy.set(claim.id);
    this.actionError.set(null);
    try {
      await this.api.reviewClaim({ claimId: claim.id, decision, ...(comment ? { comment } : {}) });
      this.decided.update((decided) => new Set([...decided, claim.id]));
      this.outcome.set({ title: claim.title, learnerName: claim.learnerName, decision });
    } catch (error) {
      this.actionError.set(toPortalError(error));
    } finally {
      this.busy.set(null);
    }
  }

  protected async downloadEvidence(claim: PendingClaim): Promise<void> {
    this.actionError.set(null);
    try {
      downloadBlob(await this.api.evidence(claim), claim.evidence.fileName);
    } catch (error) {
      this.actionError.set(toPortalError(error));
    }
  }
}

function without(ids: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(ids);
  next.delete(id);
  return next;
}
