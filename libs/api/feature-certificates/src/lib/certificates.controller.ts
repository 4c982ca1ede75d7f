import { Controller, Get, Header, Param, Req, Res, UseFilters } from '@nestjs/common';
import { Authenticated, AuthenticatedRequest, CurrentPrincipal, Principal, Public } from '@tunas/api/core';
import type { Request, Response } from 'express';
import { CertificateAccessService } from './certificate-access.service';
import { CertificatesHttpFilter } from './certificates-http.filter';
import { CredentialService } from './credentials/credential.service';
import { CertificatePdfRenderer } from './pdf/certificate-pdf.renderer';
import { STATUS_LIST_ID } from './issuance/certificate-issuer.service';
import { CertificateVerificationService } from './verification/certificate-verification.service';
import { verificationPage } from './verification/verification-page';

/**
 * Plain HTTP where GraphQL is the wrong tool: the PDF and the signed credential (bearer token, same object
 * checks as the `certificate` query), and what anyone may fetch without signing in: the verification page, the
 * revocation status list and the issuer's keys.
 */
@Controller()
@UseFilters(CertificatesHttpFilter)
export class CertificatesController {
  constructor(
    private readonly access: CertificateAccessService,
    private readonly pdf: CertificatePdfRenderer,
    private readonly credentials: CredentialService,
    private readonly verification: CertificateVerificationService,
  ) {}

  @Authenticated()
  @Get('certificates/:id.pdf')
  async downloadPdf(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Res() response: Response): Promise<void> {
    const certificate = await this.access.readable(principal, id);
    const body = await this.pdf.render(certificate, this.verification.verificationUrl(certificate.verificationCode));
    response
      .status(200)
      .type('application/pdf')
      .setHeader('Content-Disposition', `inline; filename="sertifikat-${certificate.serial.replace(/\//g, '-')}.pdf"`)
      .setHeader('Cache-Control', 'private, no-store')
      .send(body);
  }

  @Authenticated()
  @Get('certificates/:id/credential.json')
  async downloadCredential(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Res() response: Response): Promise<void> {
    const certificate = await this.access.readable(principal, id);
    const credential = await this.credentials.credentialFor(certificate);
    response
      .status(200)
      .type('application/json')
      .setHeader('Content-Disposition', `attachment; filename="sertifikat-${certificate.serial.replace(/\//g, '-')}.json"`)
      .setHeader('Cache-Control', 'private, no-store')
      .send(credential);
  }

  @Public()
  @Get('verify/:code')
  async verify(@Param('code') code: string, @Req() request: AuthenticatedRequest, @Res() response: Response): Promise<void> {
    const result = await this.verification.verify(code, clientAddress(request));
    const status = result.status === 'NOT_FOUND' ? 404 : 200;
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('Vary', 'Accept');
    if (request.accepts(['html', 'json']) === 'json') {
      response.status(status).json(result);
      return;
    }
    response.status(status).type('html').send(verificationPage(result));
  }

  @Public()
  @Get('credentials/status/:list')
  @Header('Cache-Control', 'no-cache')
  async statusList(@Param('list') list: string, @Res() response: Response): Promise<void> {
    if (list !== STATUS_LIST_ID) {
      response.status(404).json({ error: { code: 'NOT_FOUND', message: 'No such status list' } });
      return;
    }
    response.status(200).type('application/json').send(JSON.stringify(await this.credentials.statusListCredential()));
  }

  @Public()
  @Get('credentials/issuer')
  @Header('Cache-Control', 'public, max-age=300')
  issuer(): Promise<Record<string, unknown>> {
    return this.credentials.controllerDocument();
  }
}

function clientAddress(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}
