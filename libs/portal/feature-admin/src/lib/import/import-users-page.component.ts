import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  type PortalError,
  type UserImportReport,
  UsersApi,
  ruleText,
  toPortalError,
} from '@tunas/portal/data-access';
import { CopyButtonComponent, DateTimePipe, ErrorAlertComponent, LocalizedTextComponent } from '@tunas/portal/ui';

/** Largest file read in the browser; the API has its own body limit. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const CSV_HEADER = 'nip,nama,email,unit_kerja,jenis_asn';

/** CSV import of civil servants: a dry run lists every bad line, then the real import. */
@Component({
  selector: 'tunas-import-users-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    CopyButtonComponent,
    DateTimePipe,
    ErrorAlertComponent,
    LocalizedTextComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-users-page.component.html',
  styleUrl: './import-users-page.component.scss',
})
export class ImportUsersPageComponent {
  private readonly api = inject(UsersApi);

  protected readonly csvHeader = CSV_HEADER;
  protected readonly csv = signal('');
  protected readonly fileName = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<PortalError | null>(null);
  protected readonly fileErrorKey = signal<string | null>(null);
  /** The dry run and the exact text it checked: editing the text asks for a new check. */
  private readonly dryRun = signal<{ readonly csv: string; readonly report: UserImportReport } | null>(null);
  protected readonly result = signal<UserImportReport | null>(null);

  protected readonly report = computed(() => {
    const dryRun = this.dryRun();
    return dryRun && dryRun.csv === this.csv() ? dryRun.report : null;
  });
  protected readonly lineErrors = computed(() =>
    (this.report()?.errors ?? []).map((error) => ({ ...error, text: ruleText(error.reason, error.reason) })),
  );
  protected readonly canImport = computed(() => {
    const report = this.report();
    return !!report && report.errors.length === 0 && report.totalRows > 0 && !this.busy();
  });
  protected readonly hasText = computed(() => this.csv().trim().length > 0);

  protected updateText(value: string): void {
    this.csv.set(value);
    this.result.set(null);
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

  protected async checkFile(): Promise<void> {
    const csv = this.csv();
    await this.run(async () => {
      this.dryRun.set({ csv, report: await this.api.importCsv(csv, true) });
    });
  }

  protected async importFile(): Promise<void> {
    if (!this.canImport()) {
      return;
    }
    await this.run(async () => {
      this.result.set(await this.api.importCsv(this.csv(), false));
      this.dryRun.set(null);
    });
  }

  protected startOver(): void {
    this.csv.set('');
    this.fileName.set(null);
    this.result.set(null);
    this.dryRun.set(null);
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await action();
    } catch (error) {
      this.error.set(toPortalError(error));
    } finally {
      this.busy.set(false);
    }
  }
}
