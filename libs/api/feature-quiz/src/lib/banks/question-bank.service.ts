import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, CoursePort, Principal } from '@tunas/api/core';
import { ActivityPayloadError, QuestionTypeRegistry } from '@tunas/api/plugin-sdk';
import { Role } from '@tunas/shared/contracts';
import type { QuestionTextFormat } from '@tunas/shared/plugin-sdk';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull, Like } from 'typeorm';
import { QuestionBankDTO, QuestionCategoryDTO, QuestionDTO, QuestionFilter, QuestionTextFormatEnum, SaveQuestionInput } from '../dto/question-bank.dto';
import { QuestionBankEntity, QuestionCategoryEntity, QuestionEntity, QuestionVersionEntity } from '../entities';
import { questionNotFound, QuizException, QuizExceptionCode } from '../quiz.exception';
import { BankAccessService } from './bank-access.service';
import { randomiseLocalIds } from './local-ids';

export const TOP_CATEGORY_NAME = 'Umum';

export interface NewQuestion {
  type: string;
  name: string;
  text: string;
  textFormat: QuestionTextFormat;
  generalFeedback: string;
  defaultMark: number;
  config: unknown;
  tags: string[];
  idNumber?: string | null;
}

/** Question banks, their category trees and versioned questions. */
@Injectable()
export class QuestionBankService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: BankAccessService,
    private readonly courses: CoursePort,
    private readonly types: QuestionTypeRegistry,
    private readonly audit: AuditLog,
  ) {}

  /** Banks of the courses the caller authors, shared banks, and (for admins) every bank. */
  async banks(principal: Principal, courseId: string | null): Promise<QuestionBankDTO[]> {
    const repository = this.dataSource.getRepository(QuestionBankEntity);
    let banks: QuestionBankEntity[];
    if (courseId) {
      await this.courses.assertCanAuthor(principal, courseId);
      banks = await repository.find({ where: [{ courseId }, { courseId: IsNull() }], order: { name: 'ASC' } });
    } else if (principal.roles.includes(Role.ADMIN)) {
      banks = await repository.find({ order: { name: 'ASC' } });
    } else {
      const rows: Array<{ id: string }> = await this.dataSource.query(
        'SELECT b.id FROM question_banks b LEFT JOIN course_trainers t ON t.course_id = b.course_id AND t.user_id = ? WHERE b.course_id IS NULL OR t.user_id IS NOT NULL',
        [principal.userId],
      );
      banks = rows.length ? await repository.find({ where: { id: In(rows.map((row) => row.id)) }, order: { name: 'ASC' } }) : [];
    }
    return this.toBankDTOs(principal, banks);
  }

  async bank(principal: Principal, bankId: string): Promise<QuestionBankDTO> {
    const bank = await this.access.readable(principal, bankId);
    return (await this.toBankDTOs(principal, [bank]))[0];
  }

  async createBank(principal: Principal, name: string, courseId: string | null): Promise<QuestionBankDTO> {
    let ownerInstitutionId: string | null = null;
    if (courseId) {
      ownerInstitutionId = (await this.courses.assertCanAuthor(principal, courseId)).ownerInstitutionId;
    } else {
      const rows: Array<{ institution_id: string | null }> = await this.dataSource.query('SELECT institution_id FROM users WHERE id = ?', [principal.userId]);
      ownerInstitutionId = principal.roles.includes(Role.PARTNER) ? (rows[0]?.institution_id ?? null) : null;
    }
    const bank = await this.dataSource.transaction((manager) => this.insertBank(manager, principal.userId, name.trim(), courseId, ownerInstitutionId));
    return this.bank(principal, bank.id);
  }

  async insertBank(manager: EntityManager, userId: string, name: string, courseId: string | null, ownerInstitutionId: string | null): Promise<QuestionBankEntity> {
    const now = new Date();
    const bank = manager.create(QuestionBankEntity, { id: randomUUID(), name, courseId, ownerInstitutionId, createdById: userId, createdAt: now, updatedAt: now });
    await manager.insert(QuestionBankEntity, bank);
    const topId = randomUUID();
    await manager.insert(QuestionCategoryEntity, { id: topId, bankId: bank.id, parentId: null, path: `/${topId}/`, name: TOP_CATEGORY_NAME, position: 0, createdAt: now });
    return bank;
  }

  async createCategory(principal: Principal, bankId: string, parentId: string | null, name: string): Promise<QuestionCategoryDTO> {
    await this.access.editable(principal, bankId);
    const category = await this.dataSource.transaction(async (manager) => {
      const parent = parentId ? await this.categoryIn(manager, bankId, parentId) : await this.topCategory(manager, bankId);
      return this.insertCategory(manager, parent, name.trim());
    });
    return { id: category.id, bankId, parentId: category.parentId, name: category.name, depth: depthOf(category.path), questionCount: 0 };
  }

  async insertCategory(manager: EntityManager, parent: QuestionCategoryEntity, name: string): Promise<QuestionCategoryEntity> {
    const siblings = await manager.count(QuestionCategoryEntity, { where: { parentId: parent.id } });
    const id = randomUUID();
    const category = manager.create(QuestionCategoryEntity, { id, bankId: parent.bankId, parentId: parent.id, path: `${parent.path}${id}/`, name: name.slice(0, 200), position: siblings, createdAt: new Date() });
    await manager.insert(QuestionCategoryEntity, category);
    return category;
  }

  async renameCategory(principal: Principal, categoryId: string, name: string): Promise<QuestionCategoryDTO> {
    const category = await this.dataSource.getRepository(QuestionCategoryEntity).findOne({ where: { id: categoryId } });
    if (!category) throw categoryNotFound(categoryId);
    await this.access.editable(principal, category.bankId);
    await this.dataSource.getRepository(QuestionCategoryEntity).update({ id: categoryId }, { name: name.trim() });
    const questionCount = await this.dataSource.getRepository(QuestionEntity).count({ where: { categoryId, status: 'READY' } });
    return { id: category.id, bankId: category.bankId, parentId: category.parentId, name: name.trim(), depth: depthOf(category.path), questionCount };
  }

  /** Deletes an empty category (no questions, hidden ones included, anywhere below it); the top one stays. */
  async deleteCategory(principal: Principal, categoryId: string): Promise<boolean> {
    const category = await this.dataSource.getRepository(QuestionCategoryEntity).findOne({ where: { id: categoryId } });
    if (!category) throw categoryNotFound(categoryId);
    await this.access.editable(principal, category.bankId);
    if (!category.parentId) throw new QuizException(QuizExceptionCode.CategoryNotEmpty, 'The top category of a bank cannot be deleted');
    const subtree = await this.dataSource.getRepository(QuestionCategoryEntity).find({ where: { bankId: category.bankId, path: Like(`${category.path}%`) }, select: { id: true } });
    const questions = await this.dataSource.getRepository(QuestionEntity).count({ where: { categoryId: In(subtree.map((row) => row.id)) } });
    if (questions > 0) throw new QuizException(QuizExceptionCode.CategoryNotEmpty, `The category still holds ${questions} question(s); move or delete them first`);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(QuestionCategoryEntity, { id: categoryId });
      await this.audit.record(manager, { actorId: principal.userId, action: 'question_category.deleted', objectType: 'QuestionCategory', objectId: category.id, summary: `Deleted the question category "${category.name}"`, details: { bankId: category.bankId } });
    });
    return true;
  }

  async questions(principal: Principal, filter: QuestionFilter): Promise<QuestionDTO[]> {
    await this.access.readable(principal, filter.bankId);
    const where: Record<string, unknown> = { bankId: filter.bankId, status: 'READY' };
    if (filter.categoryId) {
      const category = await this.categoryIn(this.dataSource.manager, filter.bankId, filter.categoryId);
      if (filter.includeSubcategories) {
        const subtree = await this.dataSource.getRepository(QuestionCategoryEntity).find({ where: { bankId: filter.bankId, path: Like(`${category.path}%`) }, select: { id: true } });
        where['categoryId'] = In(subtree.map((row) => row.id));
      } else {
        where['categoryId'] = category.id;
      }
    }
    const questions = await this.dataSource.getRepository(QuestionEntity).find({ where, order: { createdAt: 'ASC' } });
    const versions = await this.currentVersions(questions);
    const search = filter.search?.trim().toLowerCase();
    return questions
      .map((question) => toQuestionDTO(question, versions.get(question.currentVersionId ?? '')))
      .filter((question) => !!question.versionId)
      .filter((question) => !filter.type || question.type === filter.type)
      .filter((question) => !filter.tag || question.tags.includes(filter.tag))
      .filter((question) => !search || question.name.toLowerCase().includes(search) || question.text.toLowerCase().includes(search));
  }

  async question(principal: Principal, questionId: string): Promise<{ question: QuestionEntity; version: QuestionVersionEntity; dto: QuestionDTO }> {
    const question = await this.dataSource.getRepository(QuestionEntity).findOne({ where: { id: questionId } });
    if (!question) throw questionNotFound(questionId);
    const bank = await this.dataSource.getRepository(QuestionBankEntity).findOne({ where: { id: question.bankId } });
    if (!bank || !(await this.access.canRead(principal, bank))) throw questionNotFound(questionId);
    if (!question.currentVersionId) throw questionNotFound(questionId);
    const version = await this.dataSource.getRepository(QuestionVersionEntity).findOneByOrFail({ id: question.currentVersionId });
    return { question, version, dto: toQuestionDTO(question, version) };
  }

  /** Creates a question, or saves a new version of it: attempts already taken keep the version they used. */
  async saveQuestion(principal: Principal, input: SaveQuestionInput): Promise<QuestionDTO> {
    const category = await this.dataSource.getRepository(QuestionCategoryEntity).findOne({ where: { id: input.categoryId } });
    if (!category) throw categoryNotFound(input.categoryId);
    await this.access.editable(principal, category.bankId);
    const draft: NewQuestion = { ...input, textFormat: input.textFormat.toLowerCase() as QuestionTextFormat };
    const config = this.validConfig(draft.type, draft.config);
    return this.dataSource.transaction(async (manager) => {
      if (!input.id) return this.insertQuestion(manager, principal.userId, category, { ...draft, config });
      const question = await manager.findOne(QuestionEntity, { where: { id: input.id, bankId: category.bankId } });
      if (!question) throw questionNotFound(input.id);
      const latest = await manager.find(QuestionVersionEntity, { where: { questionId: question.id }, order: { number: 'DESC' }, take: 1 });
      const version = this.newVersion(question.id, (latest[0]?.number ?? 0) + 1, principal.userId, { ...draft, config });
      await manager.insert(QuestionVersionEntity, version);
      await manager.update(QuestionEntity, { id: question.id }, { currentVersionId: version.id, categoryId: category.id, updatedAt: version.createdAt, version: question.version + 1 });
      return toQuestionDTO({ ...question, categoryId: category.id, updatedAt: version.createdAt }, version);
    });
  }

  async insertQuestion(manager: EntityManager, userId: string, category: QuestionCategoryEntity, draft: NewQuestion): Promise<QuestionDTO> {
    const now = new Date();
    const question = manager.create(QuestionEntity, { id: randomUUID(), bankId: category.bankId, categoryId: category.id, currentVersionId: null, status: 'READY', idNumber: draft.idNumber ?? null, createdById: userId, createdAt: now, updatedAt: now, version: 1 });
    await manager.insert(QuestionEntity, question);
    const version = this.newVersion(question.id, 1, userId, draft);
    await manager.insert(QuestionVersionEntity, version);
    await manager.update(QuestionEntity, { id: question.id }, { currentVersionId: version.id });
    return toQuestionDTO(question, version);
  }

  /** Hides a question from the bank; attempts that used it keep it. */
  async hideQuestion(principal: Principal, questionId: string): Promise<boolean> {
    const { question, version } = await this.question(principal, questionId);
    await this.access.editable(principal, question.bankId);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(QuestionEntity, { id: questionId }, { status: 'HIDDEN', updatedAt: new Date() });
      await this.audit.record(manager, { actorId: principal.userId, action: 'question.deleted', objectType: 'Question', objectId: question.id, summary: `Deleted the question "${version.name}"`, details: { bankId: question.bankId } });
    });
    return true;
  }

  validConfig(typeId: string, raw: unknown): object {
    if (!this.types.has(typeId)) throw new QuizException(QuizExceptionCode.UnknownQuestionType, `Question type "${typeId}" is not installed (installed: ${this.types.ids().join(', ')})`);
    try {
      return this.types.parseConfig(typeId, raw) as object;
    } catch (error) {
      if (error instanceof ActivityPayloadError) {
        throw new QuizException(QuizExceptionCode.InvalidQuestion, `The ${typeId} question is not valid: ${error.message}`, error.issues.map((issue) => ({ field: `config.${issue.path}`, rule: 'invalid', message: issue.message })));
      }
      throw error;
    }
  }

  async topCategory(manager: EntityManager, bankId: string): Promise<QuestionCategoryEntity> {
    const top = await manager.findOne(QuestionCategoryEntity, { where: { bankId, parentId: IsNull() } });
    if (!top) throw categoryNotFound(bankId);
    return top;
  }

  async categoryIn(manager: EntityManager, bankId: string, categoryId: string): Promise<QuestionCategoryEntity> {
    const category = await manager.findOne(QuestionCategoryEntity, { where: { id: categoryId, bankId } });
    if (!category) throw categoryNotFound(categoryId);
    return category;
  }

  async currentVersions(questions: QuestionEntity[]): Promise<Map<string, QuestionVersionEntity>> {
    const ids = questions.map((question) => question.currentVersionId).filter((id): id is string => !!id);
    const versions = ids.length ? await this.dataSource.getRepository(QuestionVersionEntity).find({ where: { id: In(ids) } }) : [];
    return new Map(versions.map((version) => [version.id, version]));
  }

  private newVersion(questionId: string, number: number, userId: string, draft: NewQuestion): QuestionVersionEntity {
    const type = this.types.get(draft.type);
    return Object.assign(new QuestionVersionEntity(), {
      id: randomUUID(),
      questionId,
      number,
      type: draft.type,
      schemaVersion: type.schemaVersion,
      name: draft.name.trim().slice(0, 255) || draft.text.replace(/<[^>]*>/g, '').slice(0, 60),
      defaultMark: draft.defaultMark,
      body: { text: draft.text, textFormat: draft.textFormat, generalFeedback: draft.generalFeedback },
      config: randomiseLocalIds(draft.config) as object,
      tags: [...new Set(draft.tags.map((tag) => tag.trim()).filter(Boolean))].slice(0, 20),
      createdById: userId,
      createdAt: new Date(),
    });
  }

  private async toBankDTOs(principal: Principal, banks: QuestionBankEntity[]): Promise<QuestionBankDTO[]> {
    if (!banks.length) return [];
    const bankIds = banks.map((bank) => bank.id);
    const [categories, counts] = await Promise.all([
      this.dataSource.getRepository(QuestionCategoryEntity).find({ where: { bankId: In(bankIds) } }),
      this.dataSource
        .getRepository(QuestionEntity)
        .createQueryBuilder('q')
        .select('q.category_id', 'categoryId')
        .addSelect('COUNT(*)', 'count')
        .where('q.bank_id IN (:...bankIds)', { bankIds })
        .andWhere("q.status = 'READY'")
        .groupBy('q.category_id')
        .getRawMany<{ categoryId: string; count: string | number }>(),
    ]);
    const courseIds = [...new Set(banks.map((bank) => bank.courseId).filter((id): id is string => !!id))];
    const titles: Array<{ id: string; title: string }> = courseIds.length ? await this.dataSource.query(`SELECT id, title FROM courses WHERE id IN (${courseIds.map(() => '?').join(',')})`, courseIds) : [];
    const titleOf = new Map(titles.map((row) => [row.id, row.title]));
    const countOf = new Map(counts.map((row) => [row.categoryId, Number(row.count)]));
    const result: QuestionBankDTO[] = [];
    for (const bank of banks) {
      const own = categories.filter((category) => category.bankId === bank.id);
      const ordered = orderTree(own);
      result.push({
        id: bank.id,
        name: bank.name,
        courseId: bank.courseId,
        courseTitle: bank.courseId ? (titleOf.get(bank.courseId) ?? null) : null,
        canEdit: await this.access.canEdit(principal, bank),
        categories: ordered.map((category) => ({ id: category.id, bankId: bank.id, parentId: category.parentId, name: category.name, depth: depthOf(category.path), questionCount: countOf.get(category.id) ?? 0 })),
        questionCount: own.reduce((sum, category) => sum + (countOf.get(category.id) ?? 0), 0),
      });
    }
    return result;
  }
}

export function toQuestionDTO(question: Pick<QuestionEntity, 'id' | 'bankId' | 'categoryId' | 'idNumber' | 'updatedAt'>, version: QuestionVersionEntity | undefined): QuestionDTO {
  if (!version) return Object.assign(new QuestionDTO(), { id: question.id, versionId: '' });
  return Object.assign(new QuestionDTO(), {
    id: question.id,
    bankId: question.bankId,
    categoryId: question.categoryId,
    versionId: version.id,
    versionNumber: version.number,
    type: version.type,
    name: version.name,
    text: version.body.text,
    textFormat: version.body.textFormat.toUpperCase() as QuestionTextFormatEnum,
    generalFeedback: version.body.generalFeedback,
    defaultMark: version.defaultMark,
    config: version.config,
    tags: version.tags,
    idNumber: question.idNumber,
    updatedAt: question.updatedAt,
  });
}

/** Depth-first order, parents before children, siblings by position then name. */
export function orderTree(categories: QuestionCategoryEntity[]): QuestionCategoryEntity[] {
  const children = new Map<string | null, QuestionCategoryEntity[]>();
  for (const category of categories) children.set(category.parentId, [...(children.get(category.parentId) ?? []), category]);
  const result: QuestionCategoryEntity[] = [];
  const visit = (parentId: string | null) => {
    for (const child of (children.get(parentId) ?? []).sort((a, b) => a.position - b.position || a.name.localeCompare(b.name))) {
      result.push(child);
      visit(child.id);
    }
  };
  visit(null);
  return result;
}

export function depthOf(path: string): number {
  return path.split('/').filter(Boolean).length - 1;
}

export const categoryNotFound = (id: string) => new QuizException(QuizExceptionCode.CategoryNotFound, `Question category ${id} was not found`);
