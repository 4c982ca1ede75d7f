import { indonesianDate } from '../certificate-text';
import { CertificateVerification } from './certificate-verification.service';

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const STYLE = `body{font-family:system-ui,sans-serif;margin:0;background:#f4f6f4;color:#1d1d1d}
main{box-sizing:border-box;max-width:40rem;margin:3rem auto;padding:2rem;background:#fff;border-radius:12px;box-shadow:0 1px 4px rgba(0,0,0,.12)}
h1{font-size:1.4rem;margin-top:0}.status{display:inline-block;padding:.3rem .8rem;border-radius:999px;font-weight:700}
.valid{background:#e3f4e5;color:#1b5e20}.revoked{background:#fdecea;color:#b71c1c}.unknown{background:#eceff1;color:#37474f}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.5rem 1rem}dt{color:#555}dd{margin:0;font-weight:600;overflow-wrap:anywhere}
@media (max-width:32rem){main{margin:0;border-radius:0;box-shadow:none;padding:1.25rem}dl{grid-template-columns:1fr;gap:.15rem}dd{margin-bottom:.6rem}}`;

/** The human verification page: no script, only the minimum personal data. */
export function verificationPage(result: CertificateVerification): string {
  const headline = { VALID: ['valid', 'Sertifikat sah (valid)'], REVOKED: ['revoked', 'Sertifikat dicabut (revoked)'], NOT_FOUND: ['unknown', 'Sertifikat tidak ditemukan'] }[result.status];
  const rows: Array<[string, string | null]> = [
    ['Nomor', result.serial],
    ['Nama', result.learnerName],
    ['NIP', result.maskedNip],
    ['Pelatihan', result.courseTitle],
    ['Tanggal selesai', result.completedAt ? indonesianDate(result.completedAt) : null],
    ['Jam pelajaran', result.jpHours === null ? null : `${result.jpHours} JP`],
    ['Penerbit', result.issuerName],
    ['Dicabut pada', result.revokedAt ? indonesianDate(result.revokedAt) : null],
    ['Alasan pencabutan', result.revocationReason],
  ];
  const details = rows.filter(([, value]) => value !== null).map(([label, value]) => `<dt>${escape(label)}</dt><dd>${escape(value ?? '')}</dd>`).join('');
  const explanation =
    result.status === 'NOT_FOUND' ? '<p>Kode verifikasi ini tidak dikenal. Periksa kembali kode pada sertifikat atau pindai ulang kode QR-nya.</p>' : `<dl>${details}</dl>`;
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(headline[1])} · Tunas</title><style>${STYLE}</style></head>
<body><main><h1>Verifikasi sertifikat Tunas</h1><p class="status ${headline[0]}" data-status="${result.status}">${escape(headline[1])}</p>${explanation}</main></body></html>`;
}
