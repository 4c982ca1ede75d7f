import { Injectable, inject } from '@angular/core';
import { type Observable, from } from 'rxjs';
import { LanguageStore } from '../../i18n/language.store';
import { type BankQuestion, type QuestionBank, QuestionBankApi } from './question-bank.api';

/**
 * The banks and questions the quiz activity's editor offers. It fits the plugin SDK's `QuizAuthoringLookup`
 * by shape (data access may not import the SDK); the app provides it as `QUIZ_AUTHORING_LOOKUP`.
 */
@Injectable({ providedIn: 'root' })
export class QuizAuthoringLookupService {
  private readonly api = inject(QuestionBankApi);
  private readonly language = inject(LanguageStore).language;

  /** Banks a quiz of this course may use (its own and the shared ones); all of mine when null. */
  banks(courseId: string | null): Observable<readonly QuestionBank[]> {
    return from(this.api.banks(courseId ?? undefined));
  }

  /** The bank's questions, each with its type's name in the portal's language. */
  questions(bankId: string): Observable<readonly (BankQuestion & { typeName: string })[]> {
    return from(this.namedQuestions(bankId));
  }

  private async namedQuestions(bankId: string): Promise<(BankQuestion & { typeName: string })[]> {
    const [questions, types] = await Promise.all([this.api.questions({ bankId, includeSubcategories: true }), this.api.questionTypes()]);
    const english = this.language() === 'en';
    const names = new Map(types.map((type) => [type.id, english ? type.labelEn : type.labelId]));
    return questions.map((question) => ({ ...question, typeName: names.get(question.type) ?? question.type }));
  }
}
