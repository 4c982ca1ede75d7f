import { Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ActivityContentGuard, ActivityContentGuards, MaterialPort, Principal } from '@tunas/api/core';
import type { EntityManager } from 'typeorm';
import { scormContentSchema as scormActivityContentSchema, scormPackageMetadataSchema } from '@tunas/shared/contracts';
import { ScormException, ScormExceptionCode } from './scorm.exception';

/**
 * A SCORM activity may only play a package its author may use from the library, and only an item that package
 * launches: otherwise a trainer could put another institution's package in a course by its id.
 */
@Injectable()
export class ScormContentGuard extends ActivityContentGuard implements OnModuleInit {
  readonly guardName = 'scorm';

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly guards: ActivityContentGuards,
  ) {
    super();
  }

  onModuleInit(): void {
    this.guards.register(this);
  }

  async check(principal: Principal, _courseId: string, type: string, content: unknown, _manager: EntityManager): Promise<void> {
    if (type !== 'scorm') return;
    const settings = scormActivityContentSchema.parse(content);
    // Resolved on use: the materials library is another feature, installed beside this one.
    const version = await this.moduleRef.get(MaterialPort, { strict: false }).usableVersion(principal, settings.materialVersionId);
    if (version.kind !== 'scorm') throw misconfigured(`material ${settings.materialVersionId} is not a SCORM package`, 'content.materialVersionId');
    const metadata = scormPackageMetadataSchema.safeParse(version.metadata);
    if (!metadata.success) throw misconfigured(`material ${settings.materialVersionId} has no imported SCORM package`, 'content.materialVersionId');
    if (metadata.data.version !== settings.version) throw misconfigured(`the package is SCORM ${metadata.data.version}, not ${settings.version}`, 'content.version');
    const item = metadata.data.launchables.find((launchable) => launchable.itemIdentifier === settings.launchItem);
    if (!item) throw misconfigured(`the package has no launchable item "${settings.launchItem}"`, 'content.launchItem');
    if (item.launch !== settings.launch) throw misconfigured(`item "${settings.launchItem}" launches "${item.launch}", not "${settings.launch}"`, 'content.launch');
  }
}

function misconfigured(problem: string, field: string): ScormException {
  return new ScormException(ScormExceptionCode.ActivityMisconfigured, `The SCORM activity cannot be saved: ${problem}`, [{ field, rule: 'SCORM_PACKAGE', message: problem }]);
}
