import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { LanguageStore } from '../../i18n/language.store';
import { QuestionBankApi } from './question-bank.api';
import { QuizAuthoringLookupService } from './quiz-authoring-lookup.service';

describe('QuizAuthoringLookupService', () => {
  const language = signal<'id' | 'en'>('id');
  const api = {
    banks: jest.fn().mockResolvedValue([]),
    questions: jest.fn().mockResolvedValue([{ id: 'q1', type: 'true-false', name: 'Asas' }, { id: 'q2', type: 'unknown', name: 'Lain' }]),
    questionTypes: jest.fn().mockResolvedValue([{ id: 'true-false', labelId: 'Benar/Salah', labelEn: 'True/false', manualGrading: false }]),
  };

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        { provide: QuestionBankApi, useValue: api },
        { provide: LanguageStore, useValue: { language } },
      ],
    });
  });

  it('names each question type in the portal language, keeping the id for a type it does not know', async () => {
    const lookup = TestBed.inject(QuizAuthoringLookupService);

    const questions = await firstValueFrom(lookup.questions('b1'));
    language.set('en');
    const inEnglish = await firstValueFrom(lookup.questions('b1'));

    expect(api.questions).toHaveBeenCalledWith({ bankId: 'b1', includeSubcategories: true });
    expect(questions.map((question) => question.typeName)).toEqual(['Benar/Salah', 'unknown']);
    expect(inEnglish[0].typeName).toBe('True/false');
  });

  it('asks for every bank I may use when no course is known', async () => {
    await firstValueFrom(TestBed.inject(QuizAuthoringLookupService).banks(null));

    expect(api.banks).toHaveBeenCalledWith(undefined);
  });
});
