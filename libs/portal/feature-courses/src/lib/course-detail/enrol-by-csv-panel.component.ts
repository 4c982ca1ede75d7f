import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { type PortalError, ruleText, toPortalError } from '@tunas/portal/data-access';
import { CoursesApi, type EnrolmentReport } from '@tunas/portal/data-access/courses';
import { ErrorAlertComponent, LocalizedTextComponent } from '@tunas/portal/ui';

/** Largest file read in the browser; the API has its own body limit. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Admins and supervisors enrol their people from a CSV with a `nip` column; every bad line is listed. */
@Component({
  selector: 'tunas-enrol-by-csv-panel',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    ErrorAlertComponent,
    LocalizedTextComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="enrol-csv" aria-labelledby="enrol-csv-heading" data-testid="enrol-csv">
      <h2 id="enrol-csv-heading">{{ 'enrolCsv.title' | transloco }}</h2>
      <p>{{ 'enrolCsv.intro' | transloco: { title: courseTitle() } }}</p>
      <div class="enrol-csv__file">
        <input
          #fileInput
          class="cdk-visually-hidden"
          type="file"
          accept=".csv,text/csv,text/plain"
          tabindex="-1"
          aria-hidden="true"
          (change)="pickFile(fileInput)"
        />
        <button mat-stroked-button type="button" (click)="fileInput.click()">
          <mat-icon svgIcon="upload" aria-hidden="true" />
          {{ 'enrolCsv.pickFile' | transloco }}
        </button>
        @if (fileName(); as name) {
          <span>{{ 'import.fileChosen' | transloco: { name } }}</span>
        }
      </div>
      @if (fileErrorKey(); as key) {
        <tunas-error-alert [message]="{ key, fallback: '' }" />
      }
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="enrol-csv__text">
        <mat-label>{{ 'enrolCsv.paste' | transloco }}</mat-label>
        <textarea matInput #csvBox rows="6" spellcheck="false" [value]="csv()" (input)="updateText(csvBox.value)" data-testid="enrol-csv-text"></textarea>
        <mat-hint>{{ 'enrolCsv.format' | transloco }}</mat-hint>
      </mat-form-field>
      <button mat-flat-button type="button" [disabled]="!hasText() || busy()" (click)="enrol()" data-testid="enrol-csv-run">
        {{ 'enrolCsv.run' | transloco }}
      </button>
      @if (busy()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
      }
      @if (error(); as enrolError) {
        <tunas-error-alert [message]="enrolError.message" [details]="enrolError.fieldErrors" />
      }
      <div aria-live="polite">
        @if (report(); as done) {
          <p class="enrol-csv__summary" data-testid="enrol-csv-report">
            {{ 'enrolCsv.summary' | transloco: { enrolled: done.enrolled, already: done.alreadyEnrolled, bad: done.errors.length } }}
          </p>
        }
      </div>
      @if (lineErrors().length) {
        <div class="tunas-table-scroll">
          <table class="enrol-csv__errors">
            <caption>{{ 'import.errorsCaption' | transloco }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'import.line' | transloco }}</th>
                <th scope="col">{{ 'users.columns.nip' | transloco }}</th>
                <th scope="col">{{ 'import.reason' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (lineError of lineErrors(); track lineError.line) {
                <tr>
                  <td>{{ lineError.line }}</td>
                  <td>{{ lineError.nip ?? '—' }}</td>
                  <td><tunas-localized-text [text]="lineError.text" /></td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </section>
  `,
  styles: `
    .enrol-csv { display: flex; flex-direction: column; align-items: flex-start; gap: 12px; margin-top: 24px; padding: 16px; border-radius: 16px; border: 1px solid var(--mat-sys-outline-variant); }
    .enrol-csv h2, .enrol-csv p { margin: 0; }
    .enrol-csv__file { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
    .enrol-csv__text { width: 100%; }
    .enrol-csv__summary { font-weight: 500; }
    .enrol-csv__errors { border-collapse: collapse; }
    .enrol-csv__errors caption { text-align: start; font: var(--mat-sys-title-small); padding-bottom: 4px; }
    .enrol-csv__errors :is(th, td) { padding: 6px 12px; border-bottom: 1px solid var(--mat-sys-outline-variant); text-align: start; vertical-align: top; }
  `,
})
export class EnrolByCsvPanelComponent {
  private readonly api = inject(CoursesApi);

  readonly courseId = input.required<string>();
  readonly courseTitle = input.required<string>();

  protected readonly csv = signal('');
  protected readonly fileName = signal<string | null>(null);
  protected readonly fileErrorKey = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<PortalError | null>(null);
  protected readonly report = signal<EnrolmentReport | null>(null);
  protected readonly hasText = computed(() => this.csv().trim().length > 0);
  protected readonly lineErrors = computed(() =>
    (this.report()?.errors ?? []).map((lineError) => ({ ...lineError, text: ruleText(lineError.reason, lineError.reason) })),
  );

  protected updateText(value: string): void {
    this.csv.set(value);
    this.report.set(null);
  }

  protected async pickFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    this.fileErrorKey.set(null);
    if (!file) {
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      this.fileErrorKey.set('import.fileTooLarge');
      return;
    }
    this.fileName.set(file.name);
    this.updateText(await file.text());
  }

  protected async enrol(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      this.report.set(await this.api.enrolByCsv(this.courseId(), this.csv()));
    } catch (error) {
      this.error.set(toPortalError(error));
    } finally {
      this.busy.set(false);
    }
  }
}
