import { Injectable, OnModuleInit } from '@nestjs/common';
import { ActivityContentGuard, ActivityContentGuards, MaterialKind, Principal } from '@tunas/api/core';
import type { EntityManager } from 'typeorm';
import { MaterialPortService } from './material-port.service';
import { MaterialsException, MaterialsExceptionCode } from './materials.exception';

/** Activity types that may show a library file instead of a URL, and the kinds of material each can show. */
export const MATERIAL_ACTIVITY_KINDS: Readonly<Record<string, readonly MaterialKind[]>> = {
  video: ['video', 'audio'],
  document: ['document', 'slides', 'image'],
};

/** The library version an activity's content points at (`materialVersionId`), if any. */
export function materialReferenceOf(content: unknown): string | null {
  if (typeof content !== 'object' || content === null) return null;
  const reference = (content as { materialVersionId?: unknown }).materialVersionId;
  return typeof reference === 'string' && reference.length > 0 ? reference : null;
}

/**
 * A video or document activity that names a library material (`materialVersionId`) may only name one its author
 * may use (their institution's, or a shared one for trainers) and of a fitting kind: otherwise an author could put
 * another institution's unshared file in a course by its id.
 */
@Injectable()
export class MaterialContentGuard extends ActivityContentGuard implements OnModuleInit {
  readonly guardName = 'materials';

  constructor(
    private readonly guards: ActivityContentGuards,
    private readonly materials: MaterialPortService,
  ) {
    super();
  }

  onModuleInit(): void {
    this.guards.register(this);
  }

  async check(principal: Principal, _courseId: string, type: string, content: unknown, _manager: EntityManager): Promise<void> {
    const kinds = MATERIAL_ACTIVITY_KINDS[type];
    const reference = materialReferenceOf(content);
    if (!kinds || !reference) return;
    const version = await this.materials.usableVersion(principal, reference);
    if (!kinds.includes(version.kind)) {
      throw new MaterialsException(MaterialsExceptionCode.NotUsable, `A ${type} activity cannot show "${version.title}", which is ${version.kind} (expected ${kinds.join(' or ')})`, [
        { field: 'content.materialVersionId', rule: 'MATERIAL_KIND', message: `expected ${kinds.join(' or ')}` },
      ]);
    }
  }
}
