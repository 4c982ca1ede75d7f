import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  type InstitutionFieldsFragment,
  InstitutionsApi,
  type PortalError,
  toPortalError,
} from '@tunas/portal/data-access';
import { ErrorAlertComponent } from '@tunas/portal/ui';
import { firstValueFrom } from 'rxjs';
import {
  InstitutionDialogComponent,
  type InstitutionDialogData,
  type InstitutionDialogResult,
} from './institution-dialog.component';

/** Partner institutions (universities, training centres) whose staff upload materials. */
@Component({
  selector: 'tunas-institutions-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, MatTableModule, TranslocoPipe, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './institutions-page.component.html',
  styles: `
    .institutions-table { border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; overflow: hidden; }
    table { width: 100%; min-width: 560px; }
    .institutions-inactive { color: var(--mat-sys-error); }
    .institutions-empty { padding: 16px; margin: 0; color: var(--mat-sys-on-surface-variant); }
  `,
})
export class InstitutionsPageComponent {
  private readonly api = inject(InstitutionsApi);
  private readonly dialog = inject(MatDialog);

  protected readonly columns = ['name', 'shortName', 'kind', 'status', 'actions'] as const;
  protected readonly institutions = resource({ loader: () => this.api.list() });
  protected readonly rows = computed(() => (this.institutions.hasValue() ? this.institutions.value() : []));
  protected readonly loadError = computed(() => {
    const error = this.institutions.error();
    return error ? toPortalError(error) : null;
  });
  protected readonly isEmpty = computed(() => this.institutions.hasValue() && this.rows().length === 0);
  protected readonly error = signal<PortalError | null>(null);
  protected readonly statusKey = signal<string | null>(null);

  protected async createInstitution(): Promise<void> {
    const result = await this.openDialog({});
    if (result) {
      await this.run(() => this.api.create({ name: result.name, shortName: result.shortName, kind: result.kind }));
    }
  }

  protected async editInstitution(institution: InstitutionFieldsFragment): Promise<void> {
    const result = await this.openDialog({ institution });
    if (result) {
      await this.run(() => this.api.update({ id: institution.id, version: institution.version, ...result }));
    }
  }

  private openDialog(data: InstitutionDialogData): Promise<InstitutionDialogResult | undefined> {
    return firstValueFrom(
      this.dialog
        .open<InstitutionDialogComponent, InstitutionDialogData, InstitutionDialogResult>(InstitutionDialogComponent, {
          data,
          width: '480px',
          maxWidth: '95vw',
        })
        .afterClosed(),
    );
  }

  private async run(action: () => Promise<unknown>): Promise<void> {
    this.error.set(null);
    this.statusKey.set(null);
    try {
      await action();
      this.statusKey.set('institutions.saved');
    } catch (error) {
      this.error.set(toPortalError(error));
    }
    this.institutions.reload();
  }
}
