import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SupervisedPersonRowResolver, SupervisionResolver } from './dashboard/supervision.resolver';
import { SupervisionService } from './dashboard/supervision.service';
import { SUPERVISION_ENTITIES } from './entities/supervision.entities';
import { SupervisionExportService } from './export/supervision-export.service';
import { JpStandingsQuery } from './learning-hours/jp-standings.query';
import { LearningHoursQuery } from './learning-hours/learning-hours.query';
import { NotificationsResolver } from './notifications/notifications.resolver';
import { NotificationsService } from './notifications/notifications.service';
import { NudgeMailer } from './nudges/nudge-mailer';
import { NudgesService } from './nudges/nudges.service';
import { BadgesService } from './recognition/badges.service';
import { LeaderboardService } from './recognition/leaderboard.service';
import { RecognitionResolver } from './recognition/recognition.resolver';
import { SupervisionScopeService } from './scope/supervision-scope.service';

/**
 * The supervisor's (pimpinan's) view and the incentives around it: the JP dashboard with drill-down and exports,
 * reminders with in-app notifications and e-mail, milestone badges (a course completion listener) and the opt-in
 * unit leaderboard.
 */
@Module({
  imports: [TypeOrmModule.forFeature(SUPERVISION_ENTITIES)],
  providers: [
    SupervisionScopeService,
    LearningHoursQuery,
    JpStandingsQuery,
    SupervisionService,
    SupervisionExportService,
    NotificationsService,
    NudgeMailer,
    NudgesService,
    BadgesService,
    LeaderboardService,
    SupervisionResolver,
    SupervisedPersonRowResolver,
    NotificationsResolver,
    RecognitionResolver,
  ],
})
export class SupervisionModule {}
