import { BadgeEntity } from '../entities/supervision.entities';
import { BadgeKind, badgeTitle } from './badge-rules';
import { BadgeDTO } from './recognition.dto';

export function toBadgeDTO(badge: BadgeEntity): BadgeDTO {
  const kind = badge.kind as BadgeKind;
  return { kind, title: badgeTitle(kind, badge.year), year: badge.year, awardedAt: badge.awardedAt };
}
