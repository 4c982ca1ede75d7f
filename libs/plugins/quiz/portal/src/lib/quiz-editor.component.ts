import { ChangeDetectionStrategy, Component, DestroyRef, type OnInit, computed, inject, input, output, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { type ActivatedRouteSnapshot, Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type ActivityEditor, QUIZ_AUTHORING_LOOKUP, type QuizLookupQuestion } from '@tunas/portal/plugin-sdk';
import { QUIZ_GRADING_METHODS, type QuizSettings, quizSettingsSchema } from '@tunas/shared/contracts';
import { of } from 'rxjs';
import { buildQuizForm, fixedSlotForm, loadQuizForm, quizSettingsFrom, randomSlotForm } from './quiz-editor.form';
import { QuizReviewOptionsComponent } from './quiz-review-options.component';

/** The course being edited: the editor opens over `/ajar/:id`; null elsewhere (every bank is offered then). */
function editedCourseId(router: Router): string | null {
  let route: ActivatedRouteSnapshot | null = router.routerState?.snapshot.root ?? null;
  let courseId: string | null = null;
  while (route) {
    courseId = route.paramMap.get('courseId') ?? route.paramMap.get('id') ?? courseId;
    route = route.firstChild;
  }
  return courseId;
}

/**
 * The quiz settings: the bank, the questions picked from it and random draws from its categories, with marks,
 * timing, grading and what learners may see in a review. Emits settings the schema accepts, or null.
 */
@Component({
  selector: 'tunas-quiz-editor',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslocoPipe,
    QuizReviewOptionsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './quiz-editor.component.html',
  styleUrl: './quiz-editor.component.scss',
})
export class QuizEditorComponent implements ActivityEditor<QuizSettings>, OnInit {
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly lookup = inject(QUIZ_AUTHORING_LOOKUP, { optional: true });
  private readonly courseId = editedCourseId(inject(Router));

  readonly content = input<QuizSettings | null>(null);
  readonly contentChange = output<QuizSettings | null>();

  protected readonly form = buildQuizForm(this.fb);
  protected readonly gradingMethods = QUIZ_GRADING_METHODS;
  protected readonly lookupMissing = !this.lookup;
  private readonly bankId = signal('');
  private readonly pickedIds = signal<ReadonlySet<string>>(new Set());
  /** Why the form holds no valid settings yet (a translation key), or null. */
  protected readonly problem = signal<string | null>(null);

  protected readonly banks = rxResource({
    stream: () => this.lookup?.banks(this.courseId) ?? of([]),
  });
  protected readonly questions = rxResource({
    params: () => this.bankId() || undefined,
    stream: ({ params }) => this.lookup?.questions(params) ?? of([]),
  });
  protected readonly categories = computed(() => this.banks.value()?.find((bank) => bank.id === this.bankId())?.categories ?? []);
  protected readonly questionRows = computed(() => {
    const names = new Map(this.categories().map((category) => [category.id, category.name]));
    const picked = this.pickedIds();
    return (this.questions.value() ?? []).map((question: QuizLookupQuestion) => ({
      question,
      category: names.get(question.categoryId) ?? '',
      picked: picked.has(question.id),
    }));
  });

  ngOnInit(): void {
    const content = this.content();
    if (content) {
      loadQuizForm(this.form, this.fb, content);
    }
    this.update();
    this.form.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.update());
  }

  /** Questions and categories belong to one bank: another bank starts an empty selection. */
  protected startNewSelection(): void {
    this.form.controls.fixed.clear({ emitEvent: false });
    this.form.controls.random.clear({ emitEvent: false });
    this.update();
  }

  protected togglePick(questionId: string, picked: boolean): void {
    const fixed = this.form.controls.fixed;
    const index = fixed.controls.findIndex((slot) => slot.controls.questionId.value === questionId);
    if (picked && index < 0) {
      fixed.push(fixedSlotForm(this.fb, questionId));
    } else if (!picked && index >= 0) {
      fixed.removeAt(index);
    }
  }

  protected markControl(questionId: string) {
    return this.form.controls.fixed.controls.find((slot) => slot.controls.questionId.value === questionId)?.controls.mark ?? null;
  }

  protected addRandomDraw(): void {
    const categoryId = this.categories()[0]?.id ?? '';
    this.form.controls.random.push(randomSlotForm(this.fb, { categoryId, includeSubcategories: true, count: 1, mark: null }));
  }

  protected removeRandomDraw(index: number): void {
    this.form.controls.random.removeAt(index);
  }

  private update(): void {
    const candidate = quizSettingsFrom(this.form);
    this.bankId.set(candidate.bankId);
    this.pickedIds.set(new Set(candidate.slots.flatMap((slot) => (slot.kind === 'fixed' ? [slot.questionId] : []))));
    const parsed = quizSettingsSchema.safeParse(candidate);
    this.problem.set(parsed.success ? null : problemKey(parsed.error.issues.map((issue) => String(issue.path[0] ?? ''))));
    this.contentChange.emit(parsed.success ? parsed.data : null);
  }
}

function problemKey(paths: readonly string[]): string {
  if (paths.includes('bankId')) return 'plugins.quiz.editor.problem.bank';
  if (paths.includes('slots')) return 'plugins.quiz.editor.problem.slots';
  if (paths.includes('closeAt') || paths.includes('openAt')) return 'plugins.quiz.editor.problem.dates';
  return 'plugins.quiz.editor.problem.settings';
}
