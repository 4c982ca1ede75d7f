import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CoursePort, Principal } from '@tunas/api/core';
import { Role } from '@tunas/shared/contracts';
import { DataSource } from 'typeorm';
import { certificateNotFound } from './certificates.exception';
import { CertificateEntity } from './entities/certificate.entities';

/**
 * Who may download a certificate: its owner, the course's authors, the owner's supervisors (unit subtree or
 * direct report) and admins. Everyone else is told it does not exist, so ids cannot be probed.
 */
@Injectable()
export class CertificateAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: CoursePort,
  ) {}

  async readable(principal: Principal, certificateId: string): Promise<CertificateEntity> {
    const certificate = await this.dataSource.getRepository(CertificateEntity).findOneBy({ id: certificateId });
    if (!certificate || !(await this.mayRead(principal, certificate))) throw certificateNotFound();
    return certificate;
  }

  private async mayRead(principal: Principal, certificate: CertificateEntity): Promise<boolean> {
    if (certificate.userId === principal.userId || principal.roles.includes(Role.ADMIN)) return true;
    if (principal.roles.includes(Role.SUPERVISOR) && (await this.supervises(principal.userId, certificate.userId))) return true;
    return this.courses.canAuthor(principal, certificate.courseId);
  }

  /** The same rule as the courses feature's `oversees`: the person reports to the supervisor or works in their unit subtree. */
  private async supervises(supervisorId: string, userId: string): Promise<boolean> {
    const rows: Array<{ supervisor_id: string | null; path: string | null; own_path: string | null }> = await this.dataSource.query(
      `SELECT u.supervisor_id, o.path, (SELECT so.path FROM users s JOIN org_units so ON so.id = s.org_unit_id WHERE s.id = ?) AS own_path
         FROM users u LEFT JOIN org_units o ON o.id = u.org_unit_id WHERE u.id = ?`,
      [supervisorId, userId],
    );
    const row = rows[0];
    if (!row) return false;
    return row.supervisor_id === supervisorId || (!!row.own_path && !!row.path && row.path.startsWith(row.own_path));
  }
}
