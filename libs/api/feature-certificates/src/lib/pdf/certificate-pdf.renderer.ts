import { Injectable } from '@nestjs/common';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { indonesianDate, placeholderValues } from '../certificate-text';
import { CertificateEntity } from '../entities/certificate.entities';
import { fillPlaceholders } from '../templates/certificate-layout';

/** A4 landscape in PDF points. */
const PAGE = { width: 841.89, height: 595.28 };
const MARGIN = 48;

/** Renders a certificate from the layout it was issued with: A4 landscape, Indonesian, with a QR code of its verification URL. */
@Injectable()
export class CertificatePdfRenderer {
  async render(certificate: CertificateEntity, verificationUrl: string): Promise<Buffer> {
    const layout = certificate.layout;
    const values = placeholderValues(certificate);
    const qr = await QRCode.toBuffer(verificationUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 240 });
    const doc = new PDFDocument({
      size: 'A4',
      layout: 'landscape',
      margin: MARGIN,
      lang: 'id-ID',
      info: { Title: `Sertifikat ${certificate.serial}`, Subject: `${certificate.serial} - ${certificate.courseTitle}`, Author: layout.issuerName, Creator: 'Tunas' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const finished = new Promise<Buffer>((done, fail) => {
      doc.on('end', () => done(Buffer.concat(chunks)));
      doc.on('error', fail);
    });

    const inner = PAGE.width - 2 * MARGIN;
    doc.lineWidth(3).strokeColor(layout.accentColor).rect(24, 24, PAGE.width - 48, PAGE.height - 48).stroke();
    doc.lineWidth(0.8).rect(32, 32, PAGE.width - 64, PAGE.height - 64).stroke();

    doc.fillColor('#333333').font('Helvetica').fontSize(12).text(layout.issuerName, MARGIN, 56, { width: inner, align: 'center' });
    doc.fillColor(layout.accentColor).font('Helvetica-Bold').fontSize(38).text(fillPlaceholders(layout.heading, values), MARGIN, 90, { width: inner, align: 'center', characterSpacing: 4 });
    doc.fillColor('#333333').font('Helvetica').fontSize(11).text(fillPlaceholders(layout.serialLine, values), { width: inner, align: 'center' });
    doc.moveDown(1.4).fontSize(13).text(fillPlaceholders(layout.intro, values), { width: inner, align: 'center' });
    doc.moveDown(0.4).fillColor('#111111').font('Helvetica-Bold').fontSize(26).text(certificate.learnerName, { width: inner, align: 'center' });
    doc.moveDown(0.6).fillColor('#333333').font('Helvetica').fontSize(13).text(fillPlaceholders(layout.body, values), MARGIN + 60, undefined, { width: inner - 120, align: 'center', lineGap: 3 });
    if (certificate.finalScore !== null && layout.scoreLine) doc.moveDown(0.4).text(fillPlaceholders(layout.scoreLine, values), { width: inner - 120, align: 'center' });

    const footerTop = PAGE.height - 190;
    doc.image(qr, MARGIN + 20, footerTop, { width: 110, height: 110 });
    doc.fontSize(8).fillColor('#555555').text('Pindai untuk memeriksa keaslian sertifikat ini:', MARGIN + 140, footerTop + 30, { width: 260 });
    doc.text(verificationUrl, { width: 260 });

    const signX = PAGE.width - MARGIN - 280;
    doc.fillColor('#333333').fontSize(11).text(`${layout.city}, ${indonesianDate(certificate.issuedAt)}`, signX, footerTop, { width: 260, align: 'center' });
    doc.text(layout.signatoryTitle, { width: 260, align: 'center' });
    doc.font('Helvetica-Bold').text(layout.signatoryName, signX, footerTop + 86, { width: 260, align: 'center', underline: true });
    if (layout.signatoryNip) doc.font('Helvetica').text(`NIP ${layout.signatoryNip}`, { width: 260, align: 'center' });
    doc.end();
    return finished;
  }
}
