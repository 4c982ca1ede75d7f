import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@tunas/api/core';
import { createTransport, Transporter } from 'nodemailer';

/** Sends activation links when SMTP is configured (SMTP_URL); otherwise the admin hands the link over. */
@Injectable()
export class ActivationMailer {
  private readonly logger = new Logger(ActivationMailer.name);
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  /** Returns whether the mail was accepted by the SMTP server. A failure never loses the link. */
  async send(to: { name: string; email: string }, url: string, expiresAt: Date): Promise<boolean> {
    if (!this.transport) return false;
    const until = expiresAt.toISOString().slice(0, 10);
    try {
      await this.transport.sendMail({
        from: this.config.mailFrom,
        to: `"${to.name.replace(/"/g, '')}" <${to.email}>`,
        subject: 'Aktivasi akun Tunas / Activate your Tunas account',
        text: [
          `Yth. ${to.name},`,
          '',
          'Akun Anda di Tunas, platform belajar ASN, sudah dibuat. Buka tautan berikut untuk membuat kata sandi:',
          url,
          `Tautan ini berlaku satu kali sampai ${until}.`,
          '',
          'An account on Tunas has been created for you. Open the link above to set your password;',
          `it works once, until ${until}.`,
        ].join('\n'),
      });
      return true;
    } catch (error) {
      this.logger.warn(`Activation mail to ${to.email} failed: ${(error as Error).message}`);
      return false;
    }
  }
}
