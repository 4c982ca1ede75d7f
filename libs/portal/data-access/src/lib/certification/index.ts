export { CertificatesAdminApi, type AdminCertificate, type AdminCertificatePage, type AdminCertificateQuery } from './certificates-admin.api';
export {
  CERTIFICATE_LAYOUT_FIELDS,
  CertificateTemplatesApi,
  type CertificateLayout,
  type CertificateLayoutField,
  type CertificateTemplate,
  type CertificateTemplateCatalogue,
} from './certificate-templates.api';
export { JpTargetsApi, type JpTarget } from './jp-targets.api';
