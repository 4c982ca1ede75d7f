import { Injectable } from '@nestjs/common';
import type { QuizSettings } from '@tunas/shared/contracts';
import { seededShuffle } from '@tunas/shared/plugin-sdk';
import { randomInt, randomUUID } from 'node:crypto';
import { EntityManager, In, Like } from 'typeorm';
import { QuestionCategoryEntity, QuestionEntity, QuestionVersionEntity, QuizAttemptSlotEntity } from '../entities';
import { QuizException, QuizExceptionCode } from '../quiz.exception';

export interface BuiltAttempt {
  slots: QuizAttemptSlotEntity[];
  /** The versions the slots use, so the new attempt can be shown without reading them again. */
  versions: QuestionVersionEntity[];
  maxMarks: number;
}

/** Lays out a new attempt: fixed questions, random draws without repeats, shuffling and pages. */
@Injectable()
export class AttemptBuilderService {
  async build(manager: EntityManager, attemptId: string, settings: QuizSettings): Promise<BuiltAttempt> {
    const chosen: Array<{ question: QuestionEntity; mark: number | undefined }> = [];
    const used = new Set<string>();
    const fixedIds = settings.slots.flatMap((slot) => (slot.kind === 'fixed' ? [slot.questionId] : []));
    const fixed = fixedIds.length ? await manager.find(QuestionEntity, { where: { id: In(fixedIds), bankId: settings.bankId } }) : [];
    const fixedById = new Map(fixed.map((question) => [question.id, question]));
    for (const slot of settings.slots) {
      if (slot.kind === 'fixed') {
        const question = fixedById.get(slot.questionId);
        if (!question) throw misconfigured(`Question ${slot.questionId} is not in the quiz's question bank`);
        chosen.push({ question, mark: slot.mark });
        used.add(question.id);
        continue;
      }
      const category = await manager.findOne(QuestionCategoryEntity, { where: { id: slot.categoryId, bankId: settings.bankId } });
      if (!category) throw misconfigured(`Category ${slot.categoryId} is not in the quiz's question bank`);
      const categoryIds = slot.includeSubcategories
        ? (await manager.find(QuestionCategoryEntity, { where: { bankId: settings.bankId, path: Like(`${category.path}%`) }, select: { id: true } })).map((row) => row.id)
        : [category.id];
      const pool = (await manager.find(QuestionEntity, { where: { categoryId: In(categoryIds), status: 'READY' } })).filter((question) => !used.has(question.id));
      if (pool.length < slot.count) throw misconfigured(`The category "${category.name}" has ${pool.length} question(s) left to draw from; the quiz asks for ${slot.count}`);
      for (const question of seededShuffle(pool, randomInt(2 ** 31)).slice(0, slot.count)) {
        chosen.push({ question, mark: slot.mark });
        used.add(question.id);
      }
    }
    const ordered = settings.shuffleQuestions ? seededShuffle(chosen, randomInt(2 ** 31)) : chosen;
    const versionIds = ordered.map((entry) => entry.question.currentVersionId).filter((id): id is string => !!id);
    const loaded = await manager.find(QuestionVersionEntity, { where: { id: In(versionIds) } });
    const versions = new Map(loaded.map((version) => [version.id, version]));
    const slots = ordered.map((entry, index) => {
      const version = versions.get(entry.question.currentVersionId ?? '');
      if (!version) throw misconfigured(`Question ${entry.question.id} has no saved version`);
      return Object.assign(new QuizAttemptSlotEntity(), {
        id: randomUUID(),
        attemptId,
        slot: index,
        page: settings.questionsPerPage > 0 ? Math.floor(index / settings.questionsPerPage) : 0,
        questionId: entry.question.id,
        questionVersionId: version.id,
        maxMark: entry.mark ?? version.defaultMark,
        // Without shuffled answers every learner sees the authored order: seed 0 is the identity for no type, so
        // the plugin decides from its own config whether to shuffle; the seed only fixes how.
        seed: randomInt(2 ** 31),
        response: null,
        sequence: 0,
        flagged: false,
        answeredAt: null,
        fraction: null,
        state: null,
        manualGrade: null,
      });
    });
    return { slots, versions: loaded, maxMarks: Math.round(slots.reduce((sum, slot) => sum + slot.maxMark, 0) * 1e7) / 1e7 };
  }
}

function misconfigured(message: string): QuizException {
  return new QuizException(QuizExceptionCode.QuizMisconfigured, `This quiz cannot start: ${message}. Ask the trainer to fix the quiz.`);
}
