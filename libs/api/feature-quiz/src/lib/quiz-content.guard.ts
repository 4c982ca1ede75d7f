import { Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ActivityContentGuard, ActivityContentGuards, Principal } from '@tunas/api/core';
import { quizSettingsSchema } from '@tunas/shared/contracts';
import { EntityManager, In } from 'typeorm';
import { BankAccessService } from './banks/bank-access.service';
import { QuestionCategoryEntity, QuestionEntity } from './entities';
import { QuizException, QuizExceptionCode } from './quiz.exception';

/**
 * A quiz may only use a bank its author may read, and only questions and categories of that bank: otherwise a
 * trainer could point a quiz at someone else's bank and read its answers in the trainer's review.
 */
@Injectable()
export class QuizContentGuard extends ActivityContentGuard implements OnModuleInit {
  readonly guardName = 'quiz';

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly guards: ActivityContentGuards,
  ) {
    super();
  }

  onModuleInit(): void {
    this.guards.register(this);
  }

  async check(principal: Principal, _courseId: string, type: string, content: unknown, manager: EntityManager): Promise<void> {
    if (type !== 'quiz') return;
    const settings = quizSettingsSchema.parse(content);
    // Resolved on use: the bank rules reach courses, and courses call this guard (a constructor cycle otherwise).
    const banks = this.moduleRef.get(BankAccessService, { strict: false });
    await banks.readable(principal, settings.bankId);
    const questionIds = [...new Set(settings.slots.flatMap((slot) => (slot.kind === 'fixed' ? [slot.questionId] : [])))];
    const found = questionIds.length ? await manager.find(QuestionEntity, { where: { id: In(questionIds), bankId: settings.bankId }, select: { id: true } }) : [];
    const missing = questionIds.filter((id) => !found.some((question) => question.id === id));
    if (missing.length) throw invalid(`question(s) ${missing.join(', ')} are not in the quiz's bank`);
    const categoryIds = [...new Set(settings.slots.flatMap((slot) => (slot.kind === 'random' ? [slot.categoryId] : [])))];
    const categories = categoryIds.length ? await manager.find(QuestionCategoryEntity, { where: { id: In(categoryIds), bankId: settings.bankId }, select: { id: true } }) : [];
    const missingCategories = categoryIds.filter((id) => !categories.some((category) => category.id === id));
    if (missingCategories.length) throw invalid(`categor(ies) ${missingCategories.join(', ')} are not in the quiz's bank`);
  }
}

function invalid(problem: string): QuizException {
  return new QuizException(QuizExceptionCode.QuizMisconfigured, `The quiz cannot be saved: ${problem}`, [{ field: 'content.slots', rule: 'QUIZ_SLOTS', message: problem }]);
}
