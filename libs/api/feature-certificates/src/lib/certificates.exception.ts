import { DomainException, ErrorCategory, FieldError } from '@tunas/api/core';
import { assertUnreachable } from '@tunas/shared/contracts';

export enum CertificatesExceptionCode {
  CertificateNotFound = 'CERTIFICATE_NOT_FOUND',
  AlreadyRevoked = 'CERTIFICATE_ALREADY_REVOKED',
  InvalidTemplate = 'INVALID_CERTIFICATE_TEMPLATE',
  TemplateNotFound = 'CERTIFICATE_TEMPLATE_NOT_FOUND',
  TooManyVerifications = 'TOO_MANY_VERIFICATIONS',
  IssuerKeyInvalid = 'CERTIFICATE_ISSUER_KEY_INVALID',
}

export class CertificatesException extends DomainException<CertificatesExceptionCode> {
  constructor(code: CertificatesExceptionCode, message: string, fieldErrors: readonly FieldError[] = []) {
    super(code, message, fieldErrors);
  }

  get category(): ErrorCategory {
    switch (this.code) {
      case CertificatesExceptionCode.CertificateNotFound:
      case CertificatesExceptionCode.TemplateNotFound:
        return ErrorCategory.NotFound;
      case CertificatesExceptionCode.AlreadyRevoked:
        return ErrorCategory.Conflict;
      case CertificatesExceptionCode.InvalidTemplate:
        return ErrorCategory.BadUserInput;
      case CertificatesExceptionCode.TooManyVerifications:
        return ErrorCategory.TooManyRequests;
      case CertificatesExceptionCode.IssuerKeyInvalid:
        return ErrorCategory.Internal;
      default:
        return assertUnreachable(this.code);
    }
  }
}

export function certificateNotFound(): CertificatesException {
  return new CertificatesException(CertificatesExceptionCode.CertificateNotFound, 'Certificate not found');
}
