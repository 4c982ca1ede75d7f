import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import { Authenticated, CurrentPrincipal, Principal } from '@tunas/api/core';
import type { Response } from 'express';
import { ExternalLearningService } from './claims/external-learning.service';
import { LearningRecordHttpFilter } from './learning-record-http.filter';

/** Evidence files are binary, so they download over plain HTTP with the bearer token, not through GraphQL. */
@Controller('learning-record')
@UseFilters(LearningRecordHttpFilter)
export class LearningRecordController {
  constructor(private readonly externalLearning: ExternalLearningService) {}

  @Authenticated()
  @Get('evidence/:claimId')
  async downloadEvidence(@CurrentPrincipal() principal: Principal, @Param('claimId') claimId: string, @Res() response: Response): Promise<void> {
    const { claim, bytes } = await this.externalLearning.evidenceFor(principal, claimId);
    response
      .status(200)
      .type(claim.evidenceMediaType)
      .setHeader('Content-Disposition', `attachment; filename="bukti-${claim.id}"; filename*=UTF-8''${encodeURIComponent(claim.evidenceFileName)}`)
      .setHeader('Cache-Control', 'private, no-store')
      .setHeader('X-Content-Type-Options', 'nosniff')
      .send(bytes);
  }
}
