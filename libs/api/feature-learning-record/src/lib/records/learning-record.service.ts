import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@tunas/api/core';
import { AsnType, parseAsnType } from '@tunas/shared/contracts';
import { Between, DataSource } from 'typeorm';
import { CompetencyJpDTO, LearningRecordDTO } from '../dto/learning-record.dto';
import { ExternalLearningClaimEntity, LearningRecordEntity } from '../entities/learning-record.entities';
import { LearningRecordAccessService } from '../learning-record-access.service';
import { personNotFound } from '../learning-record.exception';
import { toClaimDTO, toEntryDTO } from '../learning-record-mapper';
import { COMPETENCY_TYPES } from '../learning-record.types';
import { namesOf, personFacts } from '../people.query';
import { JpTargetService } from '../targets/jp-target.service';

/** A learner's JP in a year: what counts (completions and approved claims) against their target. */
@Injectable()
export class LearningRecordService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: LearningRecordAccessService,
    private readonly targets: JpTargetService,
  ) {}

  /** For the learner, their supervisors and admins; NOT_FOUND for anyone else, as for people who do not exist. */
  async recordOf(principal: Principal, userId: string, year: number): Promise<LearningRecordDTO> {
    if (!(await this.access.mayRead(principal, userId))) throw personNotFound();
    const manager = this.dataSource.manager;
    const person = await personFacts(manager, userId);
    if (!person) throw personNotFound();
    const asnType = person.asnType ? parseAsnType(person.asnType) : null;
    const targetJp = await this.targets.targetFor(asnType, manager);
    const entries = await manager.find(LearningRecordEntity, { where: { userId, year }, order: { endedAt: 'DESC', recordedAt: 'DESC' } });
    const claims = await manager.find(ExternalLearningClaimEntity, {
      where: { userId, endedOn: Between(new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year + 1, 0, 1) - 1)) },
      order: { submittedAt: 'DESC' },
    });
    const names = await namesOf(manager, [userId, ...claims.map((claim) => claim.reviewedById)]);
    const totalJp = entries.reduce((sum, entry) => sum + entry.jpHours, 0);
    return Object.assign(new LearningRecordDTO(), {
      userId,
      learnerName: person.name,
      asnType: asnType as AsnType | null,
      year,
      targetJp,
      totalJp,
      remainingJp: Math.max(0, targetJp - totalJp),
      targetReached: totalJp >= targetJp,
      byCompetencyType: COMPETENCY_TYPES.map((competencyType) =>
        Object.assign(new CompetencyJpDTO(), { competencyType, jpHours: entries.filter((entry) => entry.competencyType === competencyType).reduce((sum, entry) => sum + entry.jpHours, 0) }),
      ),
      entries: entries.map(toEntryDTO),
      externalLearning: claims.map((claim) => toClaimDTO(claim, names)),
    });
  }
}
