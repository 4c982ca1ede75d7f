import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@tunas/api/core';
import { createTransport, Transporter } from 'nodemailer';

export interface NudgeMail {
  to: { name: string; email: string };
  supervisorName: string;
  jp: number;
  target: number;
  behindBy: number;
  year: number;
  message: string | null;
}

/** Sends supervisors' reminders by e-mail when SMTP is configured (SMTP_URL), as the activation mailer does. */
@Injectable()
export class NudgeMailer {
  private readonly logger = new Logger(NudgeMailer.name);
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
  }

  /** Returns whether the SMTP server accepted the mail; the in-app notification exists either way. */
  async send(mail: NudgeMail): Promise<boolean> {
    if (!this.transport) return false;
    const catalogue = `${this.config.publicUrl}/kursus`;
    try {
      await this.transport.sendMail({
        from: this.config.mailFrom,
        to: `"${mail.to.name.replace(/"/g, '')}" <${mail.to.email}>`,
        subject: 'Pengingat belajar dari pimpinan / A learning reminder from your supervisor',
        text: [
          `Yth. ${mail.to.name},`,
          '',
          `${mail.supervisorName} mengingatkan Anda: tahun ${mail.year} Anda sudah mengumpulkan ${mail.jp} dari ${mail.target} JP; kurang ${mail.behindBy} JP.`,
          ...(mail.message ? ['', `Pesan: ${mail.message}`] : []),
          '',
          `Pilih kursus di ${catalogue}`,
          '',
          `${mail.supervisorName} reminds you that you have ${mail.jp} of ${mail.target} learning hours (JP) for ${mail.year}; ${mail.behindBy} to go.`,
        ].join('\n'),
      });
      return true;
    } catch (error) {
      this.logger.warn(`Reminder mail to ${mail.to.email} failed: ${(error as Error).message}`);
      return false;
    }
  }
}
