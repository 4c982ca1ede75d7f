import { ChangeDetectionStrategy, Component, computed, effect, inject, input, resource, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type PortalError, toPortalError } from '@tunas/portal/data-access';
import { type ImportMode, QuestionBankApi, type QuestionFormat, type QuestionImportReport } from '@tunas/portal/data-access/quiz';
import { ErrorAlertComponent } from '@tunas/portal/ui';
import { QuestionTypeNames } from '../shared/question-type-names.service';
import { ImportFileTooLargeError, readQuestionFile } from './question-file.util';

const FORMATS: readonly QuestionFormat[] = ['GIFT', 'AIKEN', 'MOODLE_XML'];

/**
 * `/kelola-kuis/bank/:bankId/impor`: a GIFT, Aiken or Moodle XML file, previewed line by line before anything
 * is stored. All or nothing by default; with rejections the trainer may import only the valid questions.
 */
@Component({
  selector: 'tunas-question-import-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    RouterLink,
    TranslocoPipe,
    ErrorAlertComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './question-import-page.component.html',
  styleUrl: './question-import-page.component.scss',
})
export class QuestionImportPageComponent {
  private readonly api = inject(QuestionBankApi);
  protected readonly typeNames = inject(QuestionTypeNames);

  readonly bankId = input.required<string>();

  protected readonly bank = resource({ params: () => this.bankId(), loader: ({ params }) => this.api.bank(params) });
  protected readonly formats = FORMATS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    format: ['GIFT' as QuestionFormat],
    content: ['', Validators.required],
    categoryId: [''],
  });
  protected readonly fileName = signal<string | null>(null);
  protected readonly fileProblem = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<PortalError | null>(null);
  /** The dry run of what the form holds now; cleared by any change to it. */
  protected readonly preview = signal<QuestionImportReport | null>(null);
  protected readonly result = signal<QuestionImportReport | null>(null);
  protected readonly canImportAll = computed(() => {
    const preview = this.preview();
    return !!preview && preview.rejected.length === 0 && preview.valid > 0;
  });

  constructor() {
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.preview.set(null));
    effect(() => {
      const top = this.bank.value()?.categories[0];
      if (top && !this.form.controls.categoryId.value) {
        this.form.controls.categoryId.setValue(top.id, { emitEvent: false });
      }
    });
  }

  protected async pickFile(event: Event): Promise<void> {
    const field = event.target as HTMLInputElement;
    const file = field.files?.[0];
    this.fileProblem.set(null);
    if (!file) return;
    try {
      const text = await readQuestionFile(file);
      this.fileName.set(file.name);
      this.form.controls.content.setValue(text);
      if (/\.xml$/i.test(file.name)) {
        this.form.controls.format.setValue('MOODLE_XML');
      }
    } catch (error) {
      this.fileName.set(null);
      this.fileProblem.set(error instanceof ImportFileTooLargeError ? 'quizAuthoring.import.tooLarge' : 'quizAuthoring.import.unreadable');
    } finally {
      field.value = '';
    }
  }

  protected async runPreview(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.result.set(null);
    const report = await this.send(true, 'ALL_OR_NOTHING');
    if (report) this.preview.set(report);
  }

  protected async runImport(mode: ImportMode): Promise<void> {
    const report = await this.send(false, mode);
    if (report) {
      this.preview.set(null);
      this.result.set(report);
      this.bank.reload();
    }
  }

  private async send(dryRun: boolean, mode: ImportMode): Promise<QuestionImportReport | null> {
    const value = this.form.getRawValue();
    this.busy.set(true);
    this.error.set(null);
    try {
      return await this.api.importQuestions({
        bankId: this.bankId(),
        format: value.format,
        content: value.content,
        dryRun,
        mode,
        ...(value.categoryId ? { categoryId: value.categoryId } : {}),
      });
    } catch (error) {
      this.error.set(toPortalError(error));
      return null;
    } finally {
      this.busy.set(false);
    }
  }
}
