import { inputBinding } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { type QuestionImportReport, QuestionBankApi } from '@tunas/portal/data-access/quiz';
import { configureActivityTestBed, typeInto } from '@tunas/portal/plugin-sdk/testing';
import { QuestionTypeNames } from '../shared/question-type-names.service';
import { QuestionImportPageComponent } from './question-import-page.component';

const BANK = { id: 'b1', name: 'Bank latihan', courseId: 'c1', courseTitle: 'Kursus', canEdit: true, questionCount: 0, categories: [{ id: 'top', bankId: 'b1', parentId: null, name: 'Atas', depth: 0, questionCount: 0 }] };

function report(overrides: Partial<QuestionImportReport>): QuestionImportReport {
  return {
    dryRun: true,
    format: 'GIFT',
    imported: 0,
    valid: 2,
    questions: [
      { line: 1, name: 'Asas transparan', type: 'truefalse', category: 'Pengadaan' },
      { line: 5, name: 'Jumlah penawaran', type: 'numerical', category: 'Pengadaan' },
    ],
    rejected: [{ line: 3, message: 'Could not find {...} around answers', question: 'Soal rusak' }],
    warnings: [],
    ...overrides,
  };
}

describe('QuestionImportPageComponent', () => {
  let importQuestions: jest.Mock;

  async function render() {
    importQuestions = jest.fn();
    configureActivityTestBed();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: QuestionBankApi, useValue: { bank: jest.fn().mockResolvedValue(BANK), importQuestions } },
        { provide: QuestionTypeNames, useValue: { name: (type: string) => type, all: () => [] } },
      ],
    });
    const fixture = TestBed.createComponent(QuestionImportPageComponent, { bindings: [inputBinding('bankId', () => 'b1')] });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const click = async (testId: string) => {
      element.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`)?.click();
      await fixture.whenStable();
    };
    return { fixture, element, click };
  }

  it('previews without storing, names rejected lines and says all-or-nothing imports nothing', async () => {
    const { element, click, fixture } = await render();
    importQuestions.mockResolvedValue(report({}));
    typeInto(element.querySelector('[data-testid="import-text"]'), '::Asas transparan::… {T}');
    await fixture.whenStable();
    await click('import-preview');

    expect(importQuestions).toHaveBeenCalledWith(expect.objectContaining({ bankId: 'b1', dryRun: true, mode: 'ALL_OR_NOTHING', categoryId: 'top', format: 'GIFT' }));
    expect(element.querySelector('[data-testid="import-rejected"] tbody tr')?.textContent).toContain('3');
    expect(element.querySelectorAll('[data-testid="import-questions"] tbody tr')).toHaveLength(2);
    const importAll = element.querySelector<HTMLButtonElement>('[data-testid="import-all"]');
    expect(importAll?.disabled).toBe(true);
    expect(importAll?.textContent).toContain('quizAuthoring.import.nothingImported');
  });

  it('imports only the valid questions when asked, then reports the count', async () => {
    const { element, click, fixture } = await render();
    importQuestions.mockResolvedValueOnce(report({})).mockResolvedValueOnce(report({ dryRun: false, imported: 2 }));
    typeInto(element.querySelector('[data-testid="import-text"]'), '::Asas transparan::… {T}');
    await fixture.whenStable();
    await click('import-preview');
    await click('import-valid-only');

    expect(importQuestions).toHaveBeenLastCalledWith(expect.objectContaining({ dryRun: false, mode: 'VALID_ONLY' }));
    expect(element.querySelector('[data-testid="import-result"]')?.textContent).toContain('quizAuthoring.import.done');
    expect(element.querySelector('[data-testid="import-report"]')).toBeNull();
  });

  it('imports everything at once when nothing is rejected', async () => {
    const { element, click, fixture } = await render();
    importQuestions.mockResolvedValueOnce(report({ rejected: [] })).mockResolvedValueOnce(report({ rejected: [], dryRun: false, imported: 2 }));
    typeInto(element.querySelector('[data-testid="import-text"]'), '::Asas transparan::… {T}');
    await fixture.whenStable();
    await click('import-preview');

    expect(element.querySelector('[data-testid="import-valid-only"]')).toBeNull();
    await click('import-all');
    expect(importQuestions).toHaveBeenLastCalledWith(expect.objectContaining({ dryRun: false, mode: 'ALL_OR_NOTHING' }));
  });

  it('forgets the preview once the text changes', async () => {
    const { element, click, fixture } = await render();
    importQuestions.mockResolvedValue(report({}));
    typeInto(element.querySelector('[data-testid="import-text"]'), 'a {T}');
    await fixture.whenStable();
    await click('import-preview');
    typeInto(element.querySelector('[data-testid="import-text"]'), 'b {T}');
    await fixture.whenStable();

    expect(element.querySelector('[data-testid="import-report"]')).toBeNull();
  });
});
