import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentPrincipal, GraphQLRequestContext, Principal, Public, RequireRoles } from '@tunas/api/core';
import { Role } from '@tunas/shared/contracts';
import { toCertificateDTO, toTemplateDTO, toVerificationDTO } from './certificate-mapper';
import { CertificateAccessService } from './certificate-access.service';
import { CertificatesService } from './certificates.service';
import { CertificatePageDTO, CertificatesArgs, CertificateTemplateGuideDTO } from './dto/certificate-page.dto';
import { CertificateDTO, CertificateTemplateDTO, CertificateVerificationDTO, RevokeCertificateInput, SaveCertificateTemplateInput } from './dto/certificate.dto';
import { CERTIFICATE_PLACEHOLDERS, DEFAULT_CERTIFICATE_LAYOUT } from './templates/certificate-layout';
import { CertificateTemplateService } from './templates/certificate-template.service';
import { CertificateVerificationService } from './verification/certificate-verification.service';

/** Certificates: the learner's own, public verification by code, revocation and templates for admins. */
@Resolver()
export class CertificatesResolver {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly access: CertificateAccessService,
    private readonly verification: CertificateVerificationService,
    private readonly templates: CertificateTemplateService,
  ) {}

  @Authenticated()
  @Query(() => [CertificateDTO], { description: 'The signed-in learner’s certificates, newest first' })
  async myCertificates(@CurrentPrincipal() principal: Principal): Promise<CertificateDTO[]> {
    return (await this.certificates.mine(principal)).map((certificate) => toCertificateDTO(certificate, this.verification.verificationUrl(certificate.verificationCode)));
  }

  @Authenticated()
  @Query(() => CertificateDTO, { description: 'For its owner, the course authors, the owner’s supervisors and admins; NOT_FOUND for anyone else' })
  async certificate(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<CertificateDTO> {
    const certificate = await this.access.readable(principal, id);
    return toCertificateDTO(certificate, this.verification.verificationUrl(certificate.verificationCode));
  }

  @RequireRoles(Role.ADMIN)
  @Query(() => CertificatePageDTO, {
    name: 'certificates',
    description: 'Every certificate, newest first: searched by serial, learner name, NIP or course title, filtered by status, paged',
  })
  async certificatePage(@Args() args: CertificatesArgs): Promise<CertificatePageDTO> {
    const page = await this.certificates.search(args);
    return { total: page.total, items: page.items.map((certificate) => toCertificateDTO(certificate, this.verification.verificationUrl(certificate.verificationCode))) };
  }

  @Public()
  @Query(() => CertificateVerificationDTO, { description: 'Anyone may check a certificate by its verification code (rate-limited)' })
  async verifyCertificate(@Args('code') code: string, @Context() context: GraphQLRequestContext): Promise<CertificateVerificationDTO> {
    return toVerificationDTO(await this.verification.verify(code, context.req.ip ?? 'unknown'));
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => CertificateDTO, { description: 'Revokes a certificate with a reason that verification shows' })
  async revokeCertificate(@CurrentPrincipal() principal: Principal, @Args('input') input: RevokeCertificateInput): Promise<CertificateDTO> {
    const certificate = await this.certificates.revoke(principal, input.certificateId, input.reason);
    return toCertificateDTO(certificate, this.verification.verificationUrl(certificate.verificationCode));
  }

  @RequireRoles(Role.ADMIN)
  @Query(() => [CertificateTemplateDTO])
  async certificateTemplates(): Promise<CertificateTemplateDTO[]> {
    return (await this.templates.list()).map(toTemplateDTO);
  }

  @RequireRoles(Role.ADMIN)
  @Query(() => CertificateTemplateGuideDTO)
  certificateTemplateGuide(): CertificateTemplateGuideDTO {
    return { placeholders: [...CERTIFICATE_PLACEHOLDERS], defaultLayout: DEFAULT_CERTIFICATE_LAYOUT };
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => CertificateTemplateDTO, { description: 'Creates or replaces a certificate layout; certificates already issued keep theirs' })
  async saveCertificateTemplate(@CurrentPrincipal() principal: Principal, @Args('input') input: SaveCertificateTemplateInput): Promise<CertificateTemplateDTO> {
    return toTemplateDTO(await this.templates.save(principal, input));
  }
}
