import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type PortalError, toPortalError } from '@tunas/portal/data-access';
import { LearningApi, type LearningRoute } from '@tunas/portal/data-access/learning';
import { type ErrorAlertDetail, ErrorAlertComponent, type MessageText } from '@tunas/portal/ui';
import { EVIDENCE_ACCEPT, type EvidenceProblem, evidenceProblem, readAsBase64 } from './evidence-file.util';

type CompetencyType = 'TEKNIS' | 'MANAJERIAL' | 'SOSIAL_KULTURAL';

const COMPETENCY_TYPES: readonly CompetencyType[] = ['TEKNIS', 'MANAJERIAL', 'SOSIAL_KULTURAL'];
/** E_LEARNING is for Tunas courses only. */
const CLAIM_ROUTES: readonly LearningRoute[] = ['KLASIKAL', 'NON_KLASIKAL'];
/** API reasons with words of their own on this form. */
const CLAIM_REASONS = ['INVALID_EXTERNAL_LEARNING', 'EVIDENCE_TOO_LARGE', 'EVIDENCE_TYPE_NOT_ALLOWED'];

/** `/catatan-belajar/ajukan`: claims learning done outside Tunas, with evidence, for the supervisor to review. */
@Component({
  selector: 'tunas-external-learning-form-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    RouterLink,
    TranslocoPipe,
    ErrorAlertComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './external-learning-form-page.component.html',
  styleUrl: './external-learning-form-page.component.scss',
})
export class ExternalLearningFormPageComponent {
  private readonly api = inject(LearningApi);
  private readonly router = inject(Router);
  private readonly formBuilder = inject(FormBuilder).nonNullable;
  private readonly errorSummary = viewChild<ElementRef<HTMLElement>>('errorSummary');

  protected readonly competencyTypes = COMPETENCY_TYPES;
  protected readonly routes = CLAIM_ROUTES;
  protected readonly accept = EVIDENCE_ACCEPT;
  protected readonly form = this.formBuilder.group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    provider: ['', [Validators.required, Validators.maxLength(200)]],
    startedOn: ['', Validators.required],
    endedOn: ['', Validators.required],
    jpHours: [1, [Validators.required, Validators.min(1), Validators.max(500)]],
    competencyType: ['TEKNIS' as CompetencyType, Validators.required],
    route: ['KLASIKAL' as LearningRoute, Validators.required],
  });

  protected readonly evidence = signal<File | null>(null);
  protected readonly evidenceIssue = signal<EvidenceProblem | 'missing' | null>(null);
  protected readonly submitting = signal(false);
  protected readonly submitError = signal<PortalError | null>(null);
  protected readonly submitMessage = computed<MessageText | null>(() => {
    const error = this.submitError();
    if (!error) return null;
    return error.reason && CLAIM_REASONS.includes(error.reason)
      ? { key: `learning.form.errors.${error.reason}`, fallback: error.message.fallback }
      : error.message;
  });
  protected readonly submitDetails = computed<readonly ErrorAlertDetail[]>(() =>
    (this.submitError()?.fieldErrors ?? []).map((fieldError) => ({
      field: fieldError.field,
      message: { key: `learning.form.errors.field.${fieldError.field}`, fallback: fieldError.message.fallback },
    })),
  );

  protected pickEvidence(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.evidence.set(file);
    this.evidenceIssue.set(file ? evidenceProblem(file) : 'missing');
  }

  protected async submit(): Promise<void> {
    this.form.markAllAsTouched();
    const file = this.evidence();
    if (!file) this.evidenceIssue.set('missing');
    if (this.form.invalid || !file || this.evidenceIssue()) return;

    this.submitting.set(true);
    this.submitError.set(null);
    try {
      const value = this.form.getRawValue();
      await this.api.submitExternalLearning({
        ...value,
        title: value.title.trim(),
        provider: value.provider.trim(),
        evidence: { fileName: file.name, contentBase64: await readAsBase64(file) },
      });
      await this.router.navigate(['/catatan-belajar'], { state: { claimSubmitted: true } });
    } catch (error) {
      this.submitError.set(toPortalError(error));
      // Focus the summary so a screen reader user hears what to fix.
      setTimeout(() => this.errorSummary()?.nativeElement.focus());
    } finally {
      this.submitting.set(false);
    }
  }
}
