import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Principal, RequireRoles } from '@tunas/api/core';
import { QuestionTypeRegistry } from '@tunas/api/plugin-sdk';
import { Role } from '@tunas/shared/contracts';
import { renderQuestionHtml } from './question-html';
import { QuestionBankService } from './banks/question-bank.service';
import { QuestionTransferService } from './banks/question-transfer.service';
import { QuizReviewService } from './attempts/quiz-review.service';
import {
  CreateQuestionBankInput,
  CreateQuestionCategoryInput,
  ExportQuestionsInput,
  ImportQuestionsInput,
  PreviewQuestionInput,
  QuestionBankDTO,
  QuestionCategoryDTO,
  QuestionDTO,
  QuestionFilter,
  QuestionImportReportDTO,
  QuestionPreviewDTO,
  QuestionTypeDTO,
  RenameQuestionCategoryInput,
  SaveQuestionInput,
} from './dto/question-bank.dto';
import { QuizException, QuizExceptionCode } from './quiz.exception';
import { ActivityPayloadError } from '@tunas/api/plugin-sdk';

const AUTHORS = [Role.TRAINER, Role.PARTNER, Role.ADMIN];

/** Question banks for course authors: every operation checks the bank (or its course) itself. */
@Resolver()
export class QuestionBankResolver {
  constructor(
    private readonly banks: QuestionBankService,
    private readonly transfer: QuestionTransferService,
    private readonly review: QuizReviewService,
    private readonly types: QuestionTypeRegistry,
  ) {}

  @RequireRoles(...AUTHORS)
  @Query(() => [QuestionTypeDTO], { description: 'The installed question types' })
  questionTypes(): QuestionTypeDTO[] {
    return this.types.all().map((type) => ({ id: type.id, labelId: type.label.id, labelEn: type.label.en, manualGrading: type.grading.mode === 'manual' }));
  }

  @RequireRoles(...AUTHORS)
  @Query(() => [QuestionBankDTO], { description: 'Banks I may use: of a course I author (with shared banks), or all of mine when courseId is omitted' })
  questionBanks(@Args('courseId', { type: () => ID, nullable: true }) courseId: string | null, @CurrentPrincipal() principal: Principal): Promise<QuestionBankDTO[]> {
    return this.banks.banks(principal, courseId ?? null);
  }

  @RequireRoles(...AUTHORS)
  @Query(() => QuestionBankDTO)
  questionBank(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: Principal): Promise<QuestionBankDTO> {
    return this.banks.bank(principal, id);
  }

  @RequireRoles(...AUTHORS)
  @Query(() => [QuestionDTO], { description: 'Questions of a bank with their right answers (authors only)' })
  questions(@Args('filter') filter: QuestionFilter, @CurrentPrincipal() principal: Principal): Promise<QuestionDTO[]> {
    return this.banks.questions(principal, filter);
  }

  @RequireRoles(...AUTHORS)
  @Query(() => QuestionDTO)
  async question(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: Principal): Promise<QuestionDTO> {
    return (await this.banks.question(principal, id)).dto;
  }

  @RequireRoles(...AUTHORS)
  @Query(() => QuestionPreviewDTO, { description: 'The question as a learner would get it; with a response, how it would be graded' })
  async previewQuestion(@Args('input') input: PreviewQuestionInput, @CurrentPrincipal() principal: Principal): Promise<QuestionPreviewDTO> {
    const { version } = await this.banks.question(principal, input.questionId);
    const type = this.types.get(version.type);
    let response: unknown = null;
    if (input.response !== undefined && input.response !== null) {
      try {
        response = this.types.parseResponse(version.type, input.response);
      } catch (error) {
        if (error instanceof ActivityPayloadError) throw new QuizException(QuizExceptionCode.InvalidResponse, `The response is not valid: ${error.message}`);
        throw error;
      }
    }
    const grade = response === null ? null : this.types.grade(version.type, version.config, response);
    return {
      html: renderQuestionHtml(version.body.text, version.body.textFormat),
      view: this.review.learnerView({ shuffleAnswers: true }, version, input.seed),
      fraction: grade?.fraction ?? null,
      state: response === null ? null : (grade?.state ?? 'needsGrading'),
      feedback: response === null ? [] : type.feedback(version.config, response).map((text) => renderQuestionHtml(text, version.body.textFormat)),
      rightAnswer: type.rightAnswer(version.config),
      generalFeedback: version.body.generalFeedback ? renderQuestionHtml(version.body.generalFeedback, version.body.textFormat) : '',
      complete: response !== null && type.isCompleteResponse(version.config, response),
    };
  }

  @RequireRoles(...AUTHORS)
  @Query(() => String, { description: 'A bank or category (with subcategories) as a GIFT or Moodle XML file' })
  exportQuestions(@Args('input') input: ExportQuestionsInput, @CurrentPrincipal() principal: Principal): Promise<string> {
    return this.transfer.exportQuestions(principal, input);
  }

  @RequireRoles(...AUTHORS)
  @Mutation(() => QuestionBankDTO)
  createQuestionBank(@Args('input') input: CreateQuestionBankInput, @CurrentPrincipal() principal: Principal): Promise<QuestionBankDTO> {
    return this.banks.createBank(principal, input.name, input.courseId ?? null);
  }

  @RequireRoles(...AUTHORS)
  @Mutation(() => QuestionCategoryDTO)
  createQuestionCategory(@Args('input') input: CreateQuestionCategoryInput, @CurrentPrincipal() principal: Principal): Promise<QuestionCategoryDTO> {
    return this.banks.createCategory(principal, input.bankId, input.parentId ?? null, input.name);
  }

  @RequireRoles(...AUTHORS)
  @Mutation(() => QuestionCategoryDTO)
  renameQuestionCategory(@Args('input') input: RenameQuestionCategoryInput, @CurrentPrincipal() principal: Principal): Promise<QuestionCategoryDTO> {
    return this.banks.renameCategory(principal, input.id, input.name);
  }

  @RequireRoles(...AUTHORS)
  @Mutation(() => Boolean, { description: 'Deletes an empty category' })
  deleteQuestionCategory(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: Principal): Promise<boolean> {
    return this.banks.deleteCategory(principal, id);
  }

  @RequireRoles(...AUTHORS)
  @Mutation(() => QuestionDTO, { description: 'Creates a question, or saves a new version of it (attempts keep the version they used)' })
  saveQuestion(@Args('input') input: SaveQuestionInput, @CurrentPrincipal() principal: Principal): Promise<QuestionDTO> {
    return this.banks.saveQuestion(principal, input);
  }

  @RequireRoles(...AUTHORS)
  @Mutation(() => Boolean, { description: 'Hides a question from its bank; attempts keep it' })
  deleteQuestion(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: Principal): Promise<boolean> {
    return this.banks.hideQuestion(principal, id);
  }

  @RequireRoles(...AUTHORS)
  @Mutation(() => QuestionImportReportDTO, { description: 'Imports GIFT, Aiken or Moodle XML; all or nothing unless mode is VALID_ONLY; dryRun previews' })
  importQuestions(@Args('input') input: ImportQuestionsInput, @CurrentPrincipal() principal: Principal): Promise<QuestionImportReportDTO> {
    return this.transfer.importQuestions(principal, input);
  }
}
