import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CoursePort, Principal } from '@tunas/api/core';
import { Role } from '@tunas/shared/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { QuestionBankEntity } from '../entities';
import { bankNotFound, QuizException, QuizExceptionCode } from '../quiz.exception';

/**
 * Who may use a question bank. A course's bank belongs to the people who may author the course. A shared bank
 * is readable by every trainer, partner and admin, and editable by its creator, staff of its institution and admins.
 */
@Injectable()
export class BankAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: CoursePort,
  ) {}

  async canRead(principal: Principal, bank: QuestionBankEntity): Promise<boolean> {
    if (principal.roles.includes(Role.ADMIN)) return true;
    if (bank.courseId) return this.courses.canAuthor(principal, bank.courseId);
    return principal.roles.includes(Role.TRAINER) || principal.roles.includes(Role.PARTNER);
  }

  async canEdit(principal: Principal, bank: QuestionBankEntity): Promise<boolean> {
    if (principal.roles.includes(Role.ADMIN)) return true;
    if (bank.courseId) return this.courses.canAuthor(principal, bank.courseId);
    if (bank.createdById === principal.userId) return true;
    if (!bank.ownerInstitutionId || !principal.roles.includes(Role.PARTNER)) return false;
    const rows: Array<{ institution_id: string | null }> = await this.dataSource.query('SELECT institution_id FROM users WHERE id = ?', [principal.userId]);
    return rows[0]?.institution_id === bank.ownerInstitutionId;
  }

  /** The bank, or "not found" for anybody who may not read it (its existence is not disclosed). */
  async readable(principal: Principal, bankId: string, manager: EntityManager = this.dataSource.manager): Promise<QuestionBankEntity> {
    const bank = await manager.findOne(QuestionBankEntity, { where: { id: bankId } });
    if (!bank || !(await this.canRead(principal, bank))) throw bankNotFound(bankId);
    return bank;
  }

  async editable(principal: Principal, bankId: string, manager: EntityManager = this.dataSource.manager): Promise<QuestionBankEntity> {
    const bank = await this.readable(principal, bankId, manager);
    if (!(await this.canEdit(principal, bank))) throw new QuizException(QuizExceptionCode.NotBankEditor, 'You may use this shared bank but not change it');
    return bank;
  }
}
