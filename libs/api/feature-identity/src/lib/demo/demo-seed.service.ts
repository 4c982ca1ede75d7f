import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@tunas/api/core';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { InstitutionEntity, OrgUnitEntity, UserEntity, UserRoleEntity } from '../entities';
import { PasswordHasher } from '../password-hasher';
import { DEMO_INSTITUTION, DEMO_PASSWORD, DEMO_UNITS, DEMO_USERS } from './demo-data';

/** Seeds the demo organisation and one account per role, once, and only in demo mode (called by the app's demo seeder). */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
  ) {}

  async seedOnce(): Promise<void> {
    if (this.config.mode !== 'demo') return;
    if ((await this.dataSource.getRepository(UserEntity).count()) > 0) return;
    await this.seed();
    this.logger.log(`Demo data seeded: ${DEMO_USERS.map((user) => user.email).join(', ')} (password ${DEMO_PASSWORD})`);
  }

  async seed(): Promise<void> {
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
      const unitsByCode = new Map<string, OrgUnitEntity>();
      for (const unit of DEMO_UNITS) {
        const parent = unit.parentCode ? unitsByCode.get(unit.parentCode) : undefined;
        const id = randomUUID();
        const entity = manager.create(OrgUnitEntity, {
          id,
          name: unit.name,
          code: unit.code,
          kind: unit.kind,
          parentId: parent?.id ?? null,
          path: `${parent?.path ?? '/'}${id}/`,
          createdAt: now,
          updatedAt: now,
          version: 1,
        });
        await manager.insert(OrgUnitEntity, entity);
        unitsByCode.set(unit.code, entity);
      }
      const institution = manager.create(InstitutionEntity, { id: randomUUID(), ...DEMO_INSTITUTION, active: true, createdAt: now, updatedAt: now, version: 1 });
      await manager.insert(InstitutionEntity, institution);

      const idsByKey = new Map<string, string>();
      for (const person of DEMO_USERS) {
        const id = randomUUID();
        idsByKey.set(person.key, id);
        await manager.insert(UserEntity, {
          id,
          nip: person.nip,
          name: person.name,
          email: person.email,
          asnType: person.asnType,
          position: person.position,
          orgUnitId: person.unitCode ? unitsByCode.get(person.unitCode)?.id ?? null : null,
          supervisorId: person.supervisorKey ? idsByKey.get(person.supervisorKey) ?? null : null,
          institutionId: person.partner ? institution.id : null,
          passwordHash,
          active: true,
          createdAt: now,
          updatedAt: now,
          version: 1,
        });
        await manager.insert(UserRoleEntity, person.roles.map((role) => ({ userId: id, role })));
      }
    });
  }
}
