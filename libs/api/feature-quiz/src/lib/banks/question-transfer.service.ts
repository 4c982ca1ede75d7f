import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, Principal } from '@tunas/api/core';
import { QuestionTypeRegistry } from '@tunas/api/plugin-sdk';
import type { QuestionDraft, QuestionFormat, QuestionImportProblem } from '@tunas/shared/plugin-sdk';
import { DataSource, EntityManager, In, Like } from 'typeorm';
import { ExportQuestionsInput, ImportModeEnum, ImportQuestionsInput, QuestionFormatEnum, QuestionImportReportDTO } from '../dto/question-bank.dto';
import { QuestionCategoryEntity, QuestionEntity } from '../entities';
import { QuizException, QuizExceptionCode } from '../quiz.exception';
import { BankAccessService } from './bank-access.service';
import { QuestionBankService } from './question-bank.service';

const FORMAT_IDS: Record<QuestionFormatEnum, QuestionFormat['id']> = {
  [QuestionFormatEnum.GIFT]: 'gift',
  [QuestionFormatEnum.AIKEN]: 'aiken',
  [QuestionFormatEnum.MOODLE_XML]: 'moodle-xml',
};

/** Questions in and out of banks as GIFT, Aiken and Moodle XML files. */
@Injectable()
export class QuestionTransferService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: BankAccessService,
    private readonly banks: QuestionBankService,
    private readonly types: QuestionTypeRegistry,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Reads a file and reports every question it holds or rejects, with line numbers. All or nothing by default:
   * one rejected question and nothing is stored, until the trainer asks for the valid part only.
   */
  async importQuestions(principal: Principal, input: ImportQuestionsInput, manager?: EntityManager): Promise<QuestionImportReportDTO> {
    await this.access.editable(principal, input.bankId);
    const format = this.types.format(FORMAT_IDS[input.format]);
    const parsed = safeParse(format, input.content);
    const rejected: QuestionImportProblem[] = [...parsed.errors];
    const valid: QuestionDraft[] = [];
    for (const draft of parsed.questions) {
      const problem = this.problemOf(draft);
      if (problem) rejected.push(problem);
      else valid.push(draft);
    }
    rejected.sort((a, b) => a.line - b.line);
    const report: QuestionImportReportDTO = {
      format: input.format,
      dryRun: input.dryRun,
      imported: 0,
      valid: valid.length,
      questions: valid.map((draft) => ({ line: draft.line, name: draft.name, type: draft.type, category: draft.categoryPath.join('/') })),
      rejected: rejected.map((problem) => ({ line: problem.line, question: problem.question ?? null, message: problem.message })),
      warnings: parsed.warnings.map((problem) => ({ line: problem.line, question: problem.question ?? null, message: problem.message })),
    };
    if (input.dryRun || valid.length === 0 || (input.mode === ImportModeEnum.ALL_OR_NOTHING && rejected.length > 0)) return report;
    const store = async (transaction: EntityManager) => {
      const target = input.categoryId ? await this.banks.categoryIn(transaction, input.bankId, input.categoryId) : await this.banks.topCategory(transaction, input.bankId);
      const categories = new Map<string, QuestionCategoryEntity>();
      for (const draft of valid) {
        const category = await this.categoryFor(transaction, target, categories, draft.categoryPath);
        await this.banks.insertQuestion(transaction, principal.userId, category, { ...draft, config: this.types.parseConfig(draft.type, draft.config), idNumber: draft.idNumber ?? null });
      }
      await this.audit.record(transaction, {
        actorId: principal.userId,
        action: 'questions.imported',
        objectType: 'QuestionBank',
        objectId: input.bankId,
        summary: `Imported ${valid.length} question(s) from a ${format.label} file${rejected.length ? `, skipping ${rejected.length} rejected` : ''}`,
        details: { format: input.format, imported: valid.length, rejected: rejected.length, categoryId: target.id },
      });
    };
    if (manager) await store(manager);
    else await this.dataSource.transaction(store);
    return { ...report, imported: valid.length };
  }

  /** A bank, or a category with its subcategories, as a GIFT or Moodle XML file with the category tree kept. */
  async exportQuestions(principal: Principal, input: ExportQuestionsInput): Promise<string> {
    await this.access.readable(principal, input.bankId);
    const format = this.types.format(FORMAT_IDS[input.format]);
    if (!format.write) throw new QuizException(QuizExceptionCode.InvalidQuestion, `Questions cannot be exported as ${format.label}; choose GIFT or Moodle XML`);
    const categories = await this.dataSource.getRepository(QuestionCategoryEntity).find({ where: { bankId: input.bankId } });
    const byId = new Map(categories.map((category) => [category.id, category]));
    let scope = categories;
    if (input.categoryId) {
      const root = byId.get(input.categoryId);
      if (!root) throw new QuizException(QuizExceptionCode.CategoryNotFound, `Question category ${input.categoryId} was not found`);
      scope = await this.dataSource.getRepository(QuestionCategoryEntity).find({ where: { bankId: input.bankId, path: Like(`${root.path}%`) } });
    }
    const questions = scope.length ? await this.dataSource.getRepository(QuestionEntity).find({ where: { categoryId: In(scope.map((category) => category.id)), status: 'READY' }, order: { createdAt: 'ASC' } }) : [];
    const versions = await this.banks.currentVersions(questions);
    const pathOf = (categoryId: string): string[] => {
      const category = byId.get(categoryId);
      if (!category) return [];
      // The top category is the bank itself: paths start below it.
      return category.path.split('/').filter(Boolean).slice(1).map((id) => byId.get(id)?.name ?? '');
    };
    const drafts: QuestionDraft[] = questions.flatMap((question) => {
      const version = versions.get(question.currentVersionId ?? '');
      if (!version) return [];
      return [{ type: version.type, name: version.name, text: version.body.text, textFormat: version.body.textFormat, generalFeedback: version.body.generalFeedback, defaultMark: version.defaultMark, categoryPath: pathOf(question.categoryId), tags: version.tags, config: version.config, line: 0, ...(question.idNumber ? { idNumber: question.idNumber } : {}) }];
    });
    return format.write(drafts);
  }

  private problemOf(draft: QuestionDraft): QuestionImportProblem | null {
    const question = draft.name || draft.text.slice(0, 60);
    if (!this.types.has(draft.type)) return { line: draft.line, question, message: `Question type "${draft.type}" is not installed` };
    try {
      this.banks.validConfig(draft.type, draft.config);
      return null;
    } catch (error) {
      return { line: draft.line, question, message: error instanceof Error ? error.message : String(error) };
    }
  }

  private async categoryFor(manager: EntityManager, target: QuestionCategoryEntity, cache: Map<string, QuestionCategoryEntity>, path: string[]): Promise<QuestionCategoryEntity> {
    let key = '';
    let current = target;
    for (const name of path.map((part) => part.trim()).filter(Boolean)) {
      key = `${key}/${name}`;
      let next = cache.get(key);
      if (!next) {
        next = (await manager.findOne(QuestionCategoryEntity, { where: { parentId: current.id, name } })) ?? (await this.banks.insertCategory(manager, current, name));
        cache.set(key, next);
      }
      current = next;
    }
    return current;
  }
}

/** A format plugin must never take the API down: whatever it throws becomes a rejection at line 1. */
function safeParse(format: QuestionFormat, content: string) {
  try {
    return format.parse(content);
  } catch (error) {
    return { questions: [], warnings: [], errors: [{ line: 1, message: `The ${format.label} file could not be read: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}
