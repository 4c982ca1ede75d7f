import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, resource, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type PortalError, toPortalError } from '@tunas/portal/data-access';
import { type BankQuestion, type QuestionCategory, QuestionBankApi, type QuestionFormat } from '@tunas/portal/data-access/quiz';
import { ConfirmDialogComponent, type ConfirmDialogData, DateTimePipe, ErrorAlertComponent } from '@tunas/portal/ui';
import { debounceTime, firstValueFrom } from 'rxjs';
import { downloadText, fileNameOf } from '../shared/download-file.util';
import { QuestionTypeNames } from '../shared/question-type-names.service';
import { type CategoryNaming, QuestionCategoryPanelComponent } from './question-category-panel.component';

const EXPORT_FILES: Readonly<Record<'GIFT' | 'MOODLE_XML', { extension: string; mimeType: string }>> = {
  GIFT: { extension: 'gift.txt', mimeType: 'text/plain' },
  MOODLE_XML: { extension: 'xml', mimeType: 'application/xml' },
};

/** `/kelola-kuis/bank/:bankId`: a bank's categories and questions, with import, export and new questions by type. */
@Component({
  selector: 'tunas-question-bank-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    DateTimePipe,
    ErrorAlertComponent,
    QuestionCategoryPanelComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './question-bank-page.component.html',
  styleUrl: './question-bank-page.component.scss',
})
export class QuestionBankPageComponent {
  private readonly api = inject(QuestionBankApi);
  private readonly dialog = inject(MatDialog);
  protected readonly typeNames = inject(QuestionTypeNames);

  readonly bankId = input.required<string>();

  protected readonly bank = resource({ params: () => this.bankId(), loader: ({ params }) => this.api.bank(params) });
  protected readonly categories = computed<readonly QuestionCategory[]>(() => (this.bank.hasValue() ? this.bank.value().categories : []));
  /** The chosen category; the top category until one is chosen. */
  protected readonly categoryId = linkedSignal<readonly QuestionCategory[], string | null>({
    source: this.categories,
    computation: (categories, previous) =>
      categories.find((category) => category.id === previous?.value)?.id ?? categories[0]?.id ?? null,
  });

  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly typeFilter = new FormControl('', { nonNullable: true });
  private readonly searchText = toSignal(this.search.valueChanges.pipe(debounceTime(250)), { initialValue: '' });
  private readonly typeId = toSignal(this.typeFilter.valueChanges, { initialValue: '' });

  protected readonly questions = resource({
    params: () => ({ bankId: this.bankId(), categoryId: this.categoryId(), search: this.searchText().trim(), type: this.typeId() }),
    loader: ({ params }) =>
      this.api.questions({
        bankId: params.bankId,
        includeSubcategories: true,
        ...(params.categoryId ? { categoryId: params.categoryId } : {}),
        ...(params.search ? { search: params.search } : {}),
        ...(params.type ? { type: params.type } : {}),
      }),
  });
  protected readonly rows = computed(() => {
    const names = new Map(this.categories().map((category) => [category.id, category.name]));
    return (this.questions.hasValue() ? this.questions.value() : []).map((question) => ({
      question,
      typeName: this.typeNames.name(question.type),
      category: names.get(question.categoryId) ?? '',
    }));
  });
  protected readonly types = this.typeNames.all();

  protected readonly actionError = signal<PortalError | null>(null);
  protected readonly status = signal<string | null>(null);
  protected readonly loadError = computed(() => {
    const error = this.bank.error() ?? this.questions.error();
    return error ? toPortalError(error) : null;
  });

  protected async createCategory(naming: CategoryNaming): Promise<void> {
    await this.run(async () => {
      const category = await this.api.createCategory(this.bankId(), naming.name, naming.id);
      this.bank.reload();
      this.categoryId.set(category.id);
    }, 'quizAuthoring.categories.created');
  }

  protected async renameCategory(naming: CategoryNaming): Promise<void> {
    await this.run(async () => {
      await this.api.renameCategory(naming.id, naming.name);
      this.bank.reload();
    }, 'quizAuthoring.categories.renamed');
  }

  protected async deleteCategory(category: QuestionCategory): Promise<void> {
    if (!(await this.confirm({ titleKey: 'quizAuthoring.categories.deleteTitle', messageKey: 'quizAuthoring.categories.deleteMessage', confirmKey: 'quizAuthoring.categories.delete', params: { name: category.name } }))) {
      return;
    }
    await this.run(async () => {
      await this.api.deleteCategory(category.id);
      this.categoryId.set(category.parentId);
      this.bank.reload();
    }, 'quizAuthoring.categories.deleted');
  }

  protected async deleteQuestion(question: BankQuestion): Promise<void> {
    if (!(await this.confirm({ titleKey: 'quizAuthoring.questions.deleteTitle', messageKey: 'quizAuthoring.questions.deleteMessage', confirmKey: 'quizAuthoring.questions.delete', params: { name: question.name } }))) {
      return;
    }
    await this.run(async () => {
      await this.api.deleteQuestion(question.id);
      this.questions.reload();
      this.bank.reload();
    }, 'quizAuthoring.questions.deleted');
  }

  protected async export(format: Extract<QuestionFormat, 'GIFT' | 'MOODLE_XML'>): Promise<void> {
    await this.run(async () => {
      const text = await this.api.exportQuestions({ bankId: this.bankId(), format });
      const file = EXPORT_FILES[format];
      downloadText(text, fileNameOf(this.bank.value()?.name ?? 'bank-soal', file.extension), file.mimeType);
    }, 'quizAuthoring.bank.exported');
  }

  private async confirm(data: ConfirmDialogData): Promise<boolean> {
    return !!(await firstValueFrom(this.dialog.open(ConfirmDialogComponent, { data }).afterClosed()));
  }

  private async run(action: () => Promise<void>, doneKey: string): Promise<void> {
    this.actionError.set(null);
    this.status.set(null);
    try {
      await action();
      this.status.set(doneKey);
    } catch (error) {
      this.actionError.set(toPortalError(error));
    }
  }
}
