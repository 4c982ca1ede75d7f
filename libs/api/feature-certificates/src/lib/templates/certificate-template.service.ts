import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, Principal } from '@tunas/api/core';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { CertificatesException, CertificatesExceptionCode } from '../certificates.exception';
import { CertificateTemplateEntity } from '../entities/certificate.entities';
import { CertificateLayout, certificateLayoutSchema, DEFAULT_CERTIFICATE_LAYOUT } from './certificate-layout';

export interface SaveTemplateCommand {
  id?: string | null;
  name: string;
  institutionId?: string | null;
  courseId?: string | null;
  layout: unknown;
}

/** Certificate layouts admins edit: the course's own, else its institution's, else the platform default. */
@Injectable()
export class CertificateTemplateService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async templateFor(manager: EntityManager, courseId: string, institutionId: string | null): Promise<{ id: string | null; layout: CertificateLayout }> {
    const candidates = [
      { courseId },
      ...(institutionId ? [{ institutionId, courseId: IsNull() }] : []),
      { institutionId: IsNull(), courseId: IsNull() },
    ];
    for (const where of candidates) {
      const template = await manager.findOne(CertificateTemplateEntity, { where, order: { updatedAt: 'DESC' } });
      if (template) return { id: template.id, layout: { ...DEFAULT_CERTIFICATE_LAYOUT, ...template.layout } };
    }
    return { id: null, layout: DEFAULT_CERTIFICATE_LAYOUT };
  }

  list(): Promise<CertificateTemplateEntity[]> {
    return this.dataSource.getRepository(CertificateTemplateEntity).find({ order: { updatedAt: 'DESC' } });
  }

  /** Creates or replaces a template; certificates already issued keep the layout they were issued with. */
  async save(principal: Principal, command: SaveTemplateCommand): Promise<CertificateTemplateEntity> {
    const parsed = certificateLayoutSchema.safeParse(command.layout);
    if (!parsed.success) {
      const fieldErrors = parsed.error.issues.map((issue) => ({ field: `layout.${issue.path.join('.')}`, rule: issue.code, message: issue.message }));
      throw new CertificatesException(CertificatesExceptionCode.InvalidTemplate, `The certificate layout is not valid: ${fieldErrors.map((error) => `${error.field} ${error.message}`).join('; ')}`, fieldErrors);
    }
    if (command.courseId && command.institutionId) {
      throw new CertificatesException(CertificatesExceptionCode.InvalidTemplate, 'A template belongs to a course or to an institution, not both');
    }
    const layout = parsed.data;
    const now = new Date();
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(CertificateTemplateEntity);
      const record = (template: { id: string; name: string }, created: boolean) =>
        this.audit.record(manager, {
          actorId: principal.userId,
          action: 'certificate_template.saved',
          objectType: 'CertificateTemplate',
          objectId: template.id,
          summary: `${created ? 'Created' : 'Changed'} the certificate template "${template.name}"`,
          details: { courseId: command.courseId ?? null, institutionId: command.institutionId ?? null },
        });
      if (command.id) {
        const existing = await repository.findOneBy({ id: command.id });
        if (!existing) throw new CertificatesException(CertificatesExceptionCode.TemplateNotFound, `Certificate template ${command.id} was not found`);
        await repository.update({ id: existing.id }, { name: command.name, institutionId: command.institutionId ?? null, courseId: command.courseId ?? null, layout, updatedById: principal.userId, updatedAt: now });
        await record({ id: existing.id, name: command.name }, false);
        return repository.findOneByOrFail({ id: existing.id });
      }
      const template = repository.create({ id: randomUUID(), name: command.name, institutionId: command.institutionId ?? null, courseId: command.courseId ?? null, layout, updatedById: principal.userId, createdAt: now, updatedAt: now });
      await repository.insert(template);
      await record(template, true);
      return template;
    });
  }
}
