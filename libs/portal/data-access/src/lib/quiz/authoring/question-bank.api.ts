import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { mutateData, queryData } from '../../apollo/graphql-call.util';
import {
  type AuthoringQuestionBankFragment,
  type AuthoringQuestionCategoryFragment,
  type AuthoringQuestionFragment,
  CreateQuestionBankDocument,
  CreateQuestionCategoryDocument,
  DeleteQuestionCategoryDocument,
  DeleteQuestionDocument,
  ExportQuestionsDocument,
  type ExportQuestionsInput,
  ImportQuestionsDocument,
  type ImportQuestionsInput,
  type ImportQuestionsMutation,
  PreviewQuestionDocument,
  type PreviewQuestionInput,
  type PreviewQuestionQuery,
  QuestionBankDocument,
  QuestionBanksDocument,
  QuestionDocument,
  type QuestionFilter,
  QuestionTypesDocument,
  type QuestionTypesQuery,
  QuestionsDocument,
  RenameQuestionCategoryDocument,
  SaveQuestionDocument,
  type SaveQuestionInput,
} from '../../generated/quiz.graphql';

export type QuestionBank = AuthoringQuestionBankFragment;
export type QuestionCategory = AuthoringQuestionCategoryFragment;
export type BankQuestion = AuthoringQuestionFragment;
export type QuestionTypeInfo = QuestionTypesQuery['questionTypes'][number];
export type QuestionPreview = PreviewQuestionQuery['previewQuestion'];
export type QuestionImportReport = ImportQuestionsMutation['importQuestions'];

/**
 * Question banks as their authors use them: banks and categories, questions (each save a new version),
 * previews graded by the server, and import and export in GIFT, Aiken and Moodle XML. Always fresh from the
 * network: several trainers may edit one bank.
 */
@Injectable({ providedIn: 'root' })
export class QuestionBankApi {
  private readonly apollo = inject(Apollo);

  async questionTypes(): Promise<readonly QuestionTypeInfo[]> {
    return (await queryData(this.apollo, QuestionTypesDocument, {})).questionTypes;
  }

  /** Banks of a course I author with the shared ones, or all of mine without a course. */
  async banks(courseId?: string): Promise<readonly QuestionBank[]> {
    return (await queryData(this.apollo, QuestionBanksDocument, courseId ? { courseId } : {})).questionBanks;
  }

  async bank(id: string): Promise<QuestionBank> {
    return (await queryData(this.apollo, QuestionBankDocument, { id })).questionBank;
  }

  /** Omit `courseId` for a bank shared by every course. */
  async createBank(name: string, courseId: string | null): Promise<QuestionBank> {
    return (await mutateData(this.apollo, CreateQuestionBankDocument, { input: { name, ...(courseId ? { courseId } : {}) } }))
      .createQuestionBank;
  }

  async createCategory(bankId: string, name: string, parentId: string | null): Promise<QuestionCategory> {
    return (await mutateData(this.apollo, CreateQuestionCategoryDocument, { input: { bankId, name, ...(parentId ? { parentId } : {}) } }))
      .createQuestionCategory;
  }

  async renameCategory(id: string, name: string): Promise<QuestionCategory> {
    return (await mutateData(this.apollo, RenameQuestionCategoryDocument, { input: { id, name } })).renameQuestionCategory;
  }

  async deleteCategory(id: string): Promise<void> {
    await mutateData(this.apollo, DeleteQuestionCategoryDocument, { id });
  }

  async questions(filter: QuestionFilter): Promise<readonly BankQuestion[]> {
    return (await queryData(this.apollo, QuestionsDocument, { filter })).questions;
  }

  async question(id: string): Promise<BankQuestion> {
    return (await queryData(this.apollo, QuestionDocument, { id })).question;
  }

  /** Creates a question, or (with `id`) saves a new version of it: attempts keep the version they used. */
  async saveQuestion(input: SaveQuestionInput): Promise<BankQuestion> {
    return (await mutateData(this.apollo, SaveQuestionDocument, { input })).saveQuestion;
  }

  /** Hides a question from its bank; attempts keep it. */
  async deleteQuestion(id: string): Promise<void> {
    await mutateData(this.apollo, DeleteQuestionDocument, { id });
  }

  /** The question as a learner would get it; with a response, how the server would grade it. */
  async preview(input: PreviewQuestionInput): Promise<QuestionPreview> {
    return (await queryData(this.apollo, PreviewQuestionDocument, { input }, 'no-cache')).previewQuestion;
  }

  /** Reads a file; with `dryRun` only reports what would be imported and what is rejected, by line. */
  async importQuestions(input: ImportQuestionsInput): Promise<QuestionImportReport> {
    return (await mutateData(this.apollo, ImportQuestionsDocument, { input })).importQuestions;
  }

  /** The bank or a category (with subcategories) as GIFT or Moodle XML text. */
  async exportQuestions(input: ExportQuestionsInput): Promise<string> {
    return (await queryData(this.apollo, ExportQuestionsDocument, { input }, 'no-cache')).exportQuestions;
  }
}
