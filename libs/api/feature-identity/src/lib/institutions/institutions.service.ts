import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUniqueViolation, notFound, staleVersion } from '@tunas/api/core';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { InstitutionEntity } from '../entities';
import { IdentityException, IdentityExceptionCode } from '../identity.exception';
import { CreateInstitutionInput, InstitutionDTO, UpdateInstitutionInput } from './institution.dto';

@Injectable()
export class InstitutionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<InstitutionDTO[]> {
    return (await this.dataSource.getRepository(InstitutionEntity).find({ order: { name: 'ASC' } })).map(InstitutionDTO.from);
  }

  async findByIds(ids: readonly string[]): Promise<InstitutionDTO[]> {
    if (ids.length === 0) return [];
    return (await this.dataSource.getRepository(InstitutionEntity).find({ where: { id: In([...ids]) } })).map(InstitutionDTO.from);
  }

  async create(input: CreateInstitutionInput): Promise<InstitutionDTO> {
    const now = new Date();
    const entity = Object.assign(new InstitutionEntity(), {
      id: randomUUID(),
      name: input.name.trim(),
      shortName: input.shortName?.trim() || null,
      kind: input.kind,
      active: true,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    await this.guardUnique(entity.name, () => this.dataSource.getRepository(InstitutionEntity).insert(entity));
    return InstitutionDTO.from(entity);
  }

  async update(input: UpdateInstitutionInput): Promise<InstitutionDTO> {
    const repository = this.dataSource.getRepository(InstitutionEntity);
    const current = await repository.findOneBy({ id: input.id });
    if (!current) throw notFound('Institution', input.id);
    if (current.version !== input.version) throw staleVersion('This institution');
    const name = input.name?.trim() || current.name;
    await this.guardUnique(name, async () => {
      const result = await repository.update(
        { id: input.id, version: input.version },
        {
          name,
          shortName: input.shortName !== undefined ? input.shortName?.trim() || null : current.shortName,
          kind: input.kind ?? current.kind,
          active: input.active ?? current.active,
          updatedAt: new Date(),
          version: input.version + 1,
        },
      );
      if (result.affected !== 1) throw staleVersion('This institution');
    });
    return InstitutionDTO.from(await repository.findOneByOrFail({ id: input.id }));
  }

  private async guardUnique(name: string, write: () => Promise<unknown>): Promise<void> {
    try {
      await write();
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw IdentityException.field(IdentityExceptionCode.InstitutionNameTaken, 'name', 'INSTITUTION_NAME_TAKEN', `An institution named "${name}" already exists`);
      }
      throw error;
    }
  }
}
