import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { type PortalError, toPortalError } from '@tunas/portal/data-access';
import { type AsnType, type JpTarget, JpTargetsApi } from '@tunas/portal/data-access/certification';
import { DateTimePipe, ErrorAlertComponent } from '@tunas/portal/ui';

/** The API's bounds for a yearly target (SetJpTargetInput). */
const MIN_JP = 0;
const MAX_JP = 500;

interface TargetRow {
  readonly target: JpTarget;
  readonly control: FormControl<number | null>;
}

/** The yearly JP target per ASN type (PNS, CPNS, PPPK): each saved on its own; 20 JP applies until set. */
@Component({
  selector: 'tunas-jp-targets-page',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, TranslocoPipe, DateTimePipe, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="tunas-page-header">
      <div>
        <h1>{{ 'jpTargets.title' | transloco }}</h1>
        <p>{{ 'jpTargets.intro' | transloco }}</p>
      </div>
    </div>

    @if (saved(); as target) {
      <p class="tunas-status" role="status" data-testid="jp-target-saved">
        {{ 'jpTargets.saved' | transloco: { type: ('asnTypes.' + target.asnType | transloco), jp: target.jpHours } }}
      </p>
    }
    @if (error(); as failure) {
      <tunas-error-alert [message]="failure.message" />
    }
    @if (targets.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
    }

    <ul class="jp-targets">
      @for (row of rows(); track row.target.asnType) {
        <li class="jp-target" [attr.data-testid]="'jp-target-' + row.target.asnType">
          <form (submit)="$event.preventDefault(); save(row)" novalidate>
            <h2 [id]="'jp-target-heading-' + row.target.asnType">{{ 'asnTypes.' + row.target.asnType | transloco }}</h2>
            <p class="jp-target__state">
              @if (row.target.configured) {
                {{ 'jpTargets.configured' | transloco: { date: (row.target.updatedAt | tunasDateTime) } }}
              } @else {
                {{ 'jpTargets.default' | transloco }}
              }
            </p>
            <div class="jp-target__edit">
              <mat-form-field appearance="outline">
                <mat-label>{{ 'jpTargets.label' | transloco: { type: row.target.asnType } }}</mat-label>
                <input
                  matInput
                  type="number"
                  inputmode="numeric"
                  [min]="min"
                  [max]="max"
                  step="1"
                  [formControl]="row.control"
                  [attr.data-testid]="'jp-target-input-' + row.target.asnType"
                />
                <span matTextSuffix>JP</span>
                @if (row.control.hasError('required')) {
                  <mat-error>{{ 'validation.required' | transloco }}</mat-error>
                } @else if (row.control.invalid) {
                  <mat-error>{{ 'jpTargets.range' | transloco: { min: min, max: max } }}</mat-error>
                }
              </mat-form-field>
              <button
                mat-flat-button
                type="submit"
                [disabled]="saving() === row.target.asnType"
                [attr.aria-describedby]="'jp-target-heading-' + row.target.asnType"
                [attr.data-testid]="'jp-target-save-' + row.target.asnType"
              >
                {{ 'common.save' | transloco }}
              </button>
            </div>
          </form>
        </li>
      }
    </ul>
  `,
  styles: `
    .jp-targets { list-style: none; margin: 0; padding: 0; display: grid; gap: 12px; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); }
    .jp-target { border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; padding: 16px; }
    .jp-target h2 { font: var(--mat-sys-title-medium); margin: 0; }
    .jp-target__state { margin: 4px 0 12px; color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-small); }
    .jp-target__edit { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: flex-start; }
    .jp-target__edit mat-form-field { flex: 1 1 140px; }
    .jp-target__edit button { margin-top: 10px; }
  `,
})
export class JpTargetsPageComponent {
  private readonly api = inject(JpTargetsApi);

  protected readonly min = MIN_JP;
  protected readonly max = MAX_JP;
  protected readonly saving = signal<AsnType | null>(null);
  protected readonly saved = signal<JpTarget | null>(null);
  protected readonly error = signal<PortalError | null>(null);

  protected readonly targets = resource({ loader: () => this.api.list() });
  /** One control per ASN type, kept across saves so a value typed in another row is not lost. */
  private readonly controls = new Map<AsnType, FormControl<number | null>>();
  protected readonly rows = computed<readonly TargetRow[]>(() =>
    (this.targets.hasValue() ? this.targets.value() : []).map((target) => ({ target, control: this.controlFor(target) })),
  );

  protected async save(row: TargetRow): Promise<void> {
    if (row.control.invalid || row.control.value === null) {
      row.control.markAsTouched();
      return;
    }
    this.saving.set(row.target.asnType);
    this.error.set(null);
    this.saved.set(null);
    try {
      const saved = await this.api.set(row.target.asnType, Number(row.control.value));
      this.targets.update((targets) => targets?.map((target) => (target.asnType === saved.asnType ? saved : target)));
      row.control.setValue(saved.jpHours);
      this.saved.set(saved);
    } catch (failure) {
      this.error.set(toPortalError(failure));
    } finally {
      this.saving.set(null);
    }
  }

  private controlFor(target: JpTarget): FormControl<number | null> {
    let control = this.controls.get(target.asnType);
    if (!control) {
      control = new FormControl<number | null>(target.jpHours, [Validators.required, Validators.min(MIN_JP), Validators.max(MAX_JP), Validators.pattern(/^\d+$/)]);
      this.controls.set(target.asnType, control);
    }
    return control;
  }
}
