import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { defineQuestionType } from '@tunas/shared/plugin-sdk';
import { z } from 'zod';
import {
  type AnyQuestionUi,
  type QuestionAnswerComponent,
  type QuestionEditorComponent,
  type QuestionReview,
  defineQuestionUi,
} from './question-ui.model';
import {
  DuplicateQuestionUiError,
  InvalidQuestionUiError,
  QuestionUiRegistry,
  UnknownQuestionUiError,
  indexQuestionUis,
  provideQuestionUis,
} from './question-ui.registry';

interface YesNoConfig {
  yes: boolean;
}
interface YesNoResponse {
  yes: boolean;
}
type YesNoView = Record<string, never>;

@Component({ selector: 'tunas-yes-no-answer', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class YesNoAnswerComponent implements QuestionAnswerComponent<YesNoResponse, YesNoView> {
  readonly questionId = input.required<string>();
  readonly view = input.required<YesNoView>();
  readonly response = input<YesNoResponse | null>(null);
  readonly readOnly = input(false);
  readonly review = input<QuestionReview<YesNoResponse> | null>(null);
  readonly responseChange = output<YesNoResponse>();
}

@Component({ selector: 'tunas-yes-no-editor', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class YesNoEditorComponent implements QuestionEditorComponent<YesNoConfig> {
  readonly config = input<YesNoConfig | null>(null);
  readonly configChange = output<YesNoConfig | null>();
}

function yesNoUi(id: string): AnyQuestionUi {
  return defineQuestionUi<YesNoConfig, YesNoResponse, YesNoView>({
    definition: defineQuestionType<YesNoConfig, YesNoResponse, YesNoView>({
      id,
      schemaVersion: 1,
      label: { id: 'Ya/Tidak', en: 'Yes/no' },
      configSchema: z.object({ yes: z.boolean() }),
      responseSchema: z.object({ yes: z.boolean() }),
      learnerView: () => ({}),
      isCompleteResponse: () => true,
      grading: { mode: 'automatic', grade: (config, response) => (config.yes === response.yes ? { fraction: 1, state: 'correct' } : { fraction: 0, state: 'incorrect' }) },
      feedback: () => [],
      rightAnswer: (config) => ({ yes: config.yes }),
      summariseResponse: (_config, response) => (response.yes ? 'Ya' : 'Tidak'),
    }),
    loadAnswer: async () => YesNoAnswerComponent,
    loadEditor: async () => YesNoEditorComponent,
  });
}

describe('indexQuestionUis', () => {
  it('indexes the installed UIs by their definition id', () => {
    const index = indexQuestionUis([yesNoUi('yes-no'), yesNoUi('agree')]);

    expect([...index.keys()]).toEqual(['yes-no', 'agree']);
  });

  it('refuses the same id twice, naming it', () => {
    expect(() => indexQuestionUis([yesNoUi('yes-no'), yesNoUi('yes-no')])).toThrow(DuplicateQuestionUiError);
    expect(() => indexQuestionUis([yesNoUi('yes-no'), yesNoUi('yes-no')])).toThrow(/"yes-no" is installed twice/);
  });

  it('refuses an entry without a definition (a broken import in plugins.ts)', () => {
    const broken = { loadAnswer: yesNoUi('x').loadAnswer, loadEditor: yesNoUi('x').loadEditor } as unknown as AnyQuestionUi;

    expect(() => indexQuestionUis([broken])).toThrow(InvalidQuestionUiError);
  });

  it('refuses an entry that cannot load its components', () => {
    const broken = { definition: yesNoUi('yes-no').definition } as unknown as AnyQuestionUi;

    expect(() => indexQuestionUis([broken])).toThrow(/needs loadAnswer\(\) and loadEditor\(\)/);
  });
});

describe('QuestionUiRegistry', () => {
  function registryWith(uis: readonly AnyQuestionUi[]): QuestionUiRegistry {
    TestBed.configureTestingModule({ providers: [provideQuestionUis(uis)] });
    return TestBed.inject(QuestionUiRegistry);
  }

  it('finds an installed type and loads its components lazily', async () => {
    const registry = registryWith([yesNoUi('yes-no')]);

    expect(registry.has('yes-no')).toBe(true);
    expect(registry.all().map((ui) => ui.definition.id)).toEqual(['yes-no']);
    expect(await registry.get('yes-no').loadAnswer()).toBe(YesNoAnswerComponent);
    expect(await registry.get('yes-no').loadEditor()).toBe(YesNoEditorComponent);
  });

  it('fails loudly for a type the portal does not have, listing what is installed', () => {
    const registry = registryWith([yesNoUi('yes-no'), yesNoUi('agree')]);

    expect(registry.has('cloze')).toBe(false);
    expect(() => registry.get('cloze')).toThrow(UnknownQuestionUiError);
    expect(() => registry.get('cloze')).toThrow('Question type "cloze" has no portal UI (installed: yes-no, agree)');
  });

  it('stops the quiz screens from starting when the list has a duplicate', () => {
    TestBed.configureTestingModule({ providers: [provideQuestionUis([yesNoUi('yes-no'), yesNoUi('yes-no')])] });

    expect(() => TestBed.inject(QuestionUiRegistry)).toThrow(DuplicateQuestionUiError);
  });

  it('cannot be used where no question list is provided', () => {
    TestBed.configureTestingModule({ providers: [QuestionUiRegistry] });

    expect(() => TestBed.inject(QuestionUiRegistry)).toThrow(/QUESTION_UIS/);
  });
});
