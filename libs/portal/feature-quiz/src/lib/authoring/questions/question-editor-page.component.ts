import {
  type Binding,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  inputBinding,
  outputBinding,
  resource,
  signal,
} from '@angular/core';
import { Location } from '@angular/common';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type PortalError, toPortalError } from '@tunas/portal/data-access';
import { type BankQuestion, QuestionBankApi, type QuestionTextFormat } from '@tunas/portal/data-access/quiz';
import { QuestionUiRegistry } from '@tunas/portal/plugin-sdk';
import { ErrorAlertComponent } from '@tunas/portal/ui';
import { DynamicComponentHostComponent } from '../shared/dynamic-component-host.component';
import { QuestionTypeNames } from '../shared/question-type-names.service';
import { QuestionPreviewPanelComponent } from './question-preview-panel.component';

const TEXT_FORMATS: readonly QuestionTextFormat[] = ['PLAIN', 'MARKDOWN', 'HTML', 'MOODLE'];

/** What the page edits: a stored question, or a new one of a type in a bank. */
interface EditedQuestion {
  readonly bankId: string;
  readonly type: string;
  readonly stored: BankQuestion | null;
}

/**
 * `/kelola-kuis/bank/:bankId/soal-baru/:type` and `/kelola-kuis/soal/:questionId`: the fields every question
 * has, the type's own editor, and a preview of the saved version. Saving an existing question stores a new
 * version; attempts keep the version they used.
 */
@Component({
  selector: 'tunas-question-editor-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    ErrorAlertComponent,
    DynamicComponentHostComponent,
    QuestionPreviewPanelComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './question-editor-page.component.html',
  styleUrl: './question-editor-page.component.scss',
})
export class QuestionEditorPageComponent {
  private readonly api = inject(QuestionBankApi);
  private readonly registry = inject(QuestionUiRegistry);
  private readonly router = inject(Router);
  protected readonly typeNames = inject(QuestionTypeNames);

  /** Route parameters: `questionId` for a stored question; `bankId`, `type` and `kategori` for a new one. */
  readonly questionId = input<string>();
  readonly bankId = input<string>();
  readonly type = input<string>();
  readonly kategori = input<string>();

  protected readonly edited = resource({
    params: () => ({ questionId: this.questionId(), bankId: this.bankId(), type: this.type() }),
    loader: async ({ params }): Promise<EditedQuestion> => {
      if (params.questionId) {
        const stored = await this.api.question(params.questionId);
        return { bankId: stored.bankId, type: stored.type, stored };
      }
      return { bankId: params.bankId ?? '', type: params.type ?? '', stored: null };
    },
  });
  protected readonly bank = resource({
    params: () => this.edited.value()?.bankId || undefined,
    loader: ({ params }) => this.api.bank(params),
  });
  protected readonly typeKnown = computed(() => {
    const edited = this.edited.value();
    return !!edited && this.registry.has(edited.type);
  });

  protected readonly textFormats = TEXT_FORMATS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(255)]],
    categoryId: ['', Validators.required],
    text: ['', Validators.required],
    textFormat: ['PLAIN' as QuestionTextFormat],
    generalFeedback: [''],
    defaultMark: [1, [Validators.required, Validators.min(0.01), Validators.max(1000)]],
    tags: [''],
  });
  /** The type editor's config; null while its form is invalid. */
  protected readonly config = signal<unknown>(null);
  /** The version the preview shows (changes with each save). */
  protected readonly savedVersion = signal<BankQuestion | null>(null);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<PortalError | null>(null);
  protected readonly savedMessage = signal<{ key: string; number: number } | null>(null);
  protected readonly loadError = computed(() => {
    const error = this.edited.error() ?? this.bank.error();
    return error ? toPortalError(error) : null;
  });

  protected readonly loadEditor = computed(() => {
    const ui = this.registry.get(this.edited.value()?.type ?? '');
    return () => ui.loadEditor();
  });
  /** Bound once per loaded question, so the type editor keeps its own state while the trainer types. */
  protected readonly editorBindings = computed<readonly Binding[]>(() => {
    const initial = this.edited.value()?.stored?.config ?? null;
    return [inputBinding('config', () => initial), outputBinding<unknown>('configChange', (config) => this.config.set(config))];
  });

  constructor() {
    // A question just created arrives here by navigation; say that it was saved.
    if ((inject(Location).getState() as { created?: boolean } | null)?.created) {
      this.savedMessage.set({ key: 'quizAuthoring.editor.created', number: 1 });
    }
    effect(() => {
      const edited = this.edited.value();
      if (!edited) return;
      const stored = edited.stored;
      this.savedVersion.set(stored);
      if (stored) {
        this.form.setValue({
          name: stored.name,
          categoryId: stored.categoryId,
          text: stored.text,
          textFormat: stored.textFormat,
          generalFeedback: stored.generalFeedback,
          defaultMark: stored.defaultMark,
          tags: stored.tags.join(', '),
        });
      }
    });
    // A new question goes to the category chosen on the bank page, or the top one.
    effect(() => {
      const categories = this.bank.value()?.categories ?? [];
      if (!this.form.controls.categoryId.value && categories.length) {
        const wanted = categories.find((category) => category.id === this.kategori());
        this.form.controls.categoryId.setValue((wanted ?? categories[0]).id);
      }
    });
  }

  protected async save(): Promise<void> {
    const edited = this.edited.value();
    const config = this.config();
    if (!edited || this.form.invalid || config === null || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.saveError.set(null);
    this.savedMessage.set(null);
    try {
      const saved = await this.api.saveQuestion({
        ...(edited.stored ? { id: edited.stored.id } : {}),
        categoryId: value.categoryId,
        type: edited.type,
        name: value.name.trim(),
        text: value.text,
        textFormat: value.textFormat,
        generalFeedback: value.generalFeedback,
        defaultMark: value.defaultMark,
        tags: value.tags.split(',').map((tag) => tag.trim()).filter(Boolean),
        config,
      });
      this.savedVersion.set(saved);
      if (edited.stored) {
        this.savedMessage.set({ key: 'quizAuthoring.editor.savedVersion', number: saved.versionNumber });
      } else {
        await this.router.navigate(['/kelola-kuis/soal', saved.id], { replaceUrl: true, state: { created: true } });
      }
    } catch (error) {
      this.saveError.set(toPortalError(error));
    } finally {
      this.saving.set(false);
    }
  }
}
