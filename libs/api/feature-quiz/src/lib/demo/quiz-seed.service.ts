import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@tunas/api/core';
import type { QuizSettingsInput } from '@tunas/shared/contracts';
import { DataSource } from 'typeorm';
import { ImportModeEnum, QuestionFormatEnum } from '../dto/question-bank.dto';
import { QuestionEntity } from '../entities';
import { QuestionBankService } from '../banks/question-bank.service';
import { QuestionTransferService } from '../banks/question-transfer.service';

/** Demo seed: a course's final quiz from a GIFT file, imported through the same path trainers use. */
@Injectable()
export class QuizSeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly banks: QuestionBankService,
    private readonly transfer: QuestionTransferService,
  ) {}

  /** Imports the file into a new bank of the course and returns the settings of a quiz over all its questions. */
  async courseQuiz(author: Principal, courseId: string, bankName: string, gift: string): Promise<QuizSettingsInput> {
    const bank = await this.banks.createBank(author, bankName, courseId);
    const report = await this.transfer.importQuestions(author, { bankId: bank.id, format: QuestionFormatEnum.GIFT, content: gift, mode: ImportModeEnum.ALL_OR_NOTHING, dryRun: false });
    if (report.rejected.length) {
      throw new Error(`The seed quiz for course ${courseId} has rejected questions: ${report.rejected.map((problem) => `line ${problem.line}: ${problem.message}`).join('; ')}`);
    }
    const questions = await this.dataSource.getRepository(QuestionEntity).find({ where: { bankId: bank.id }, order: { createdAt: 'ASC' }, select: { id: true, createdAt: true } });
    return {
      intro: 'Kuis akhir untuk mengukur pemahaman Anda atas seluruh modul. Nilai lulus 70. Anda boleh mengulang; nilai tertinggi yang dihitung.',
      bankId: bank.id,
      slots: questions.map((question) => ({ kind: 'fixed' as const, questionId: question.id })),
      shuffleQuestions: false,
      shuffleAnswers: true,
      questionsPerPage: 1,
      attemptsAllowed: 0,
      timeLimitMinutes: 30,
      passingGrade: 70,
      gradingMethod: 'HIGHEST',
    };
  }
}
