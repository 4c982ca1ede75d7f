import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttemptBuilderService } from './attempts/attempt-builder.service';
import { QuizAttemptService } from './attempts/quiz-attempt.service';
import { QuizGradingService } from './attempts/quiz-grading.service';
import { QuizReviewService } from './attempts/quiz-review.service';
import { BankAccessService } from './banks/bank-access.service';
import { QuestionBankService } from './banks/question-bank.service';
import { QuestionTransferService } from './banks/question-transfer.service';
import { Clock } from './clock';
import { QuizSeedService } from './demo/quiz-seed.service';
import { QUIZ_ENTITIES } from './entities';
import { QuestionBankResolver } from './question-bank.resolver';
import { QuizContentGuard } from './quiz-content.guard';
import { QuizResolver } from './quiz.resolver';
import { QuizReportsService } from './reports/quiz-reports.service';

/**
 * Question banks with versioned, plugin-typed questions; quiz attempts, grading, review and reports. Global so
 * that its services (the quiz seed, attempts) are reachable from the app and the tools; its content guard registers itself with ActivityContentGuards.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(QUIZ_ENTITIES)],
  providers: [Clock, BankAccessService, QuestionBankService, QuestionTransferService, AttemptBuilderService, QuizAttemptService, QuizReviewService, QuizGradingService, QuizReportsService, QuizSeedService, QuestionBankResolver, QuizResolver, QuizContentGuard],
  exports: [QuestionBankService, QuestionTransferService, QuizAttemptService, QuizSeedService, Clock],
})
export class QuizModule {}
