import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  type OrgUnit,
  OrgUnitsApi,
  type PortalError,
  buildOrgUnitTree,
  toPortalError,
} from '@tunas/portal/data-access';
import { ConfirmDialogComponent, type ConfirmDialogData, ErrorAlertComponent } from '@tunas/portal/ui';
import { firstValueFrom } from 'rxjs';
import {
  OrgUnitDialogComponent,
  type OrgUnitDialogData,
  type OrgUnitDialogResult,
} from './org-unit-dialog.component';

/** The org-unit tree (instansi and unit kerja): create, rename, move, delete. */
@Component({
  selector: 'tunas-org-units-page',
  imports: [NgTemplateOutlet, MatButtonModule, MatIconModule, MatMenuModule, MatProgressBarModule, TranslocoPipe, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './org-units-page.component.html',
  styleUrl: './org-units-page.component.scss',
})
export class OrgUnitsPageComponent {
  private readonly api = inject(OrgUnitsApi);
  private readonly dialog = inject(MatDialog);

  protected readonly units = resource({ loader: () => this.api.list() });
  private readonly unitList = computed(() => (this.units.hasValue() ? this.units.value() : []));
  protected readonly tree = computed(() => buildOrgUnitTree(this.unitList()));
  protected readonly loadError = computed(() => {
    const error = this.units.error();
    return error ? toPortalError(error) : null;
  });
  protected readonly isEmpty = computed(() => this.units.hasValue() && this.unitList().length === 0);
  protected readonly error = signal<PortalError | null>(null);
  protected readonly statusKey = signal<string | null>(null);

  protected async createUnit(parentId: string | null): Promise<void> {
    const result = await this.openDialog({ purpose: 'create', parentId, units: this.unitList() });
    if (result) {
      await this.run('orgUnits.created', () => this.api.create(result));
    }
  }

  protected async editUnit(unit: OrgUnit, purpose: 'edit' | 'move'): Promise<void> {
    const result = await this.openDialog({ purpose, unit, units: this.unitList() });
    if (result) {
      await this.run('orgUnits.saved', () => this.api.update({ id: unit.id, version: unit.version, ...result }));
    }
  }

  protected async deleteUnit(unit: OrgUnit): Promise<void> {
    const confirmed = await firstValueFrom(
      this.dialog
        .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
          data: {
            titleKey: 'orgUnits.deleteTitle',
            messageKey: 'orgUnits.deleteMessage',
            confirmKey: 'common.delete',
            params: { name: unit.name },
          },
        })
        .afterClosed(),
    );
    if (confirmed) {
      await this.run('orgUnits.deleted', () => this.api.delete(unit.id));
    }
  }

  private openDialog(data: OrgUnitDialogData): Promise<OrgUnitDialogResult | undefined> {
    return firstValueFrom(
      this.dialog
        .open<OrgUnitDialogComponent, OrgUnitDialogData, OrgUnitDialogResult>(OrgUnitDialogComponent, {
          data,
          width: '480px',
          maxWidth: '95vw',
        })
        .afterClosed(),
    );
  }

  private async run(successKey: string, action: () => Promise<unknown>): Promise<void> {
    this.error.set(null);
    this.statusKey.set(null);
    try {
      await action();
      this.statusKey.set(successKey);
    } catch (error) {
      this.error.set(toPortalError(error));
    }
    this.units.reload();
  }
}
