import { ChangeDetectionStrategy, Component, type ElementRef, Injector, afterNextRender, computed, inject, resource, signal, viewChild } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { toPortalError } from '@tunas/portal/data-access';
import { type AdminCertificate, CertificatesAdminApi, type CertificateStatusFilter } from '@tunas/portal/data-access/certification';
import { DateTimePipe, ErrorAlertComponent, TranslatedPaginatorIntl } from '@tunas/portal/ui';
import { debounceTime, distinctUntilChanged, firstValueFrom } from 'rxjs';
import { RevokeCertificateDialogComponent } from './revoke-certificate-dialog.component';

const STATUSES: readonly CertificateStatusFilter[] = ['ALL', 'VALID', 'REVOKED'];

/**
 * Every certificate the platform issued, for admins: searched by serial, name, NIP or course, filtered by status,
 * paged on the server; each links to its public verification page and can be revoked with a reason.
 */
@Component({
  selector: 'tunas-certificates-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    TranslocoPipe,
    DateTimePipe,
    ErrorAlertComponent,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './certificates-page.component.html',
  styleUrl: './certificates-page.component.scss',
})
export class CertificatesPageComponent {
  private readonly api = inject(CertificatesAdminApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly statusMessage = viewChild<ElementRef<HTMLElement>>('revokedMessage');

  protected readonly statuses = STATUSES;
  protected readonly columns = ['serial', 'learner', 'course', 'issuedAt', 'status', 'actions'] as const;
  protected readonly pageSizes = [10, 20, 50];

  protected readonly searchInput = signal('');
  /** Typing waits for a pause before asking the server. */
  private readonly search = toSignal(toObservable(this.searchInput).pipe(debounceTime(300), distinctUntilChanged()), { initialValue: '' });
  protected readonly status = signal<CertificateStatusFilter>('ALL');
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(20);
  protected readonly revoked = signal<AdminCertificate | null>(null);

  protected readonly certificates = resource({
    params: () => ({ search: this.search(), status: this.status(), offset: this.pageIndex() * this.pageSize(), limit: this.pageSize() }),
    loader: ({ params }) => this.api.page(params),
  });
  protected readonly rows = computed<readonly AdminCertificate[]>(() => (this.certificates.hasValue() ? this.certificates.value().items : []));
  protected readonly total = computed(() => (this.certificates.hasValue() ? this.certificates.value().total : 0));
  protected readonly loadError = computed(() => {
    const error = this.certificates.error();
    return error ? toPortalError(error) : null;
  });
  protected readonly isEmpty = computed(() => this.certificates.hasValue() && !this.certificates.isLoading() && this.rows().length === 0);

  protected updateSearch(value: string): void {
    this.searchInput.set(value);
    this.pageIndex.set(0);
  }

  protected updateStatus(status: CertificateStatusFilter): void {
    this.status.set(status);
    this.pageIndex.set(0);
  }

  protected changePage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }

  protected async revoke(certificate: AdminCertificate): Promise<void> {
    const revoked = await firstValueFrom(
      this.dialog
        .open<RevokeCertificateDialogComponent, AdminCertificate, AdminCertificate>(RevokeCertificateDialogComponent, {
          data: certificate,
          width: '560px',
          maxWidth: 'calc(100vw - 32px)',
        })
        .afterClosed(),
    );
    if (!revoked) return;
    // Show the change at once; the reload confirms it from the server.
    this.certificates.update((page) => page && { ...page, items: page.items.map((row) => (row.id === revoked.id ? revoked : row)) });
    this.revoked.set(revoked);
    this.certificates.reload();
    // The "Cabut" button that had focus is gone: move focus to the confirmation so keyboard users are not lost.
    afterNextRender(() => this.statusMessage()?.nativeElement.focus(), { injector: this.injector });
  }
}
