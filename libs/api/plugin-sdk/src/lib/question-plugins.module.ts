import { DynamicModule, Global, Module } from '@nestjs/common';
import { AnyQuestionType, QuestionFormat } from '@tunas/shared/plugin-sdk';
import { QUESTION_FORMATS, QUESTION_TYPES, QuestionTypeRegistry } from './question-type.registry';

/** Installs the question types and formats listed in apps/api/src/plugins.ts. */
@Global()
@Module({})
export class QuestionPluginsModule {
  static register(types: readonly AnyQuestionType[], formats: readonly QuestionFormat[]): DynamicModule {
    return {
      module: QuestionPluginsModule,
      providers: [{ provide: QUESTION_TYPES, useValue: types }, { provide: QUESTION_FORMATS, useValue: formats }, QuestionTypeRegistry],
      exports: [QuestionTypeRegistry],
    };
  }
}
