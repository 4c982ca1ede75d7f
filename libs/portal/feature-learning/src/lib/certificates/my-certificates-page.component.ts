import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type PortalError, toPortalError } from '@tunas/portal/data-access';
import { CertificateFiles, type CertificateFileKind, LearningApi, type MyCertificate } from '@tunas/portal/data-access/learning';
import { CopyButtonComponent, ErrorAlertComponent } from '@tunas/portal/ui';
import { CalendarDatePipe } from '../shared/calendar-date.pipe';
import { saveBlob } from './save-blob.util';

/** Serials hold slashes (TUNAS/2026/000001), which a file name cannot. */
const fileSafe = (serial: string) => serial.replace(/[^\w-]+/g, '-');
const FILE_NAMES: Readonly<Record<CertificateFileKind, (serial: string) => string>> = {
  pdf: (serial) => `sertifikat-${fileSafe(serial)}.pdf`,
  credential: (serial) => `kredensial-${fileSafe(serial)}.json`,
};

/** `/catatan-belajar/sertifikat`: my certificates, their files and the public link that verifies them. */
@Component({
  selector: 'tunas-my-certificates-page',
  imports: [
    DecimalPipe,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    CopyButtonComponent,
    ErrorAlertComponent,
    CalendarDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-certificates-page.component.html',
  styleUrl: './my-certificates-page.component.scss',
})
export class MyCertificatesPageComponent {
  private readonly api = inject(LearningApi);
  private readonly files = inject(CertificateFiles);

  protected readonly certificates = resource({ loader: () => this.api.myCertificates() });
  protected readonly list = computed(() => (this.certificates.hasValue() ? this.certificates.value() : []));
  protected readonly loadError = computed(() => {
    const error = this.certificates.error();
    return error ? toPortalError(error) : null;
  });
  /** The download under way, as `id:kind`, to disable its button. */
  protected readonly downloading = signal<string | null>(null);
  protected readonly downloadError = signal<PortalError | null>(null);

  protected async download(certificate: MyCertificate, kind: CertificateFileKind): Promise<void> {
    this.downloading.set(`${certificate.id}:${kind}`);
    this.downloadError.set(null);
    try {
      saveBlob(await this.files.fetch(certificate.id, kind), FILE_NAMES[kind](certificate.serial));
    } catch (error) {
      this.downloadError.set(toPortalError(error));
    } finally {
      this.downloading.set(null);
    }
  }
}
