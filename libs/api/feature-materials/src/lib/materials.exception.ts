import { DomainException, ErrorCategory, FieldError } from '@tunas/api/core';
import { assertUnreachable } from '@tunas/shared/contracts';

export enum MaterialsExceptionCode {
  MaterialNotFound = 'MATERIAL_NOT_FOUND',
  VersionNotFound = 'MATERIAL_VERSION_NOT_FOUND',
  NoInstitution = 'MATERIAL_NO_INSTITUTION',
  InvalidUpload = 'MATERIAL_INVALID_UPLOAD',
  FileTooLarge = 'MATERIAL_FILE_TOO_LARGE',
  FileTypeMismatch = 'MATERIAL_FILE_TYPE_MISMATCH',
  UploadNotFound = 'MATERIAL_UPLOAD_NOT_FOUND',
  MaterialArchived = 'MATERIAL_ARCHIVED',
  NotUsable = 'MATERIAL_NOT_USABLE',
  TooManyUploads = 'MATERIAL_TOO_MANY_UPLOADS',
}

export class MaterialsException extends DomainException<MaterialsExceptionCode> {
  constructor(code: MaterialsExceptionCode, message: string, fieldErrors: readonly FieldError[] = []) {
    super(code, message, fieldErrors);
  }

  get category(): ErrorCategory {
    switch (this.code) {
      case MaterialsExceptionCode.MaterialNotFound:
      case MaterialsExceptionCode.VersionNotFound:
      case MaterialsExceptionCode.UploadNotFound:
        return ErrorCategory.NotFound;
      case MaterialsExceptionCode.NoInstitution:
        return ErrorCategory.Forbidden;
      case MaterialsExceptionCode.InvalidUpload:
      case MaterialsExceptionCode.FileTooLarge:
      case MaterialsExceptionCode.FileTypeMismatch:
      case MaterialsExceptionCode.NotUsable:
        return ErrorCategory.BadUserInput;
      case MaterialsExceptionCode.MaterialArchived:
        return ErrorCategory.Conflict;
      case MaterialsExceptionCode.TooManyUploads:
        return ErrorCategory.TooManyRequests;
      default:
        return assertUnreachable(this.code);
    }
  }
}

export function materialNotFound(): MaterialsException {
  return new MaterialsException(MaterialsExceptionCode.MaterialNotFound, 'Material not found');
}

export function versionNotFound(): MaterialsException {
  return new MaterialsException(MaterialsExceptionCode.VersionNotFound, 'Material version not found');
}
