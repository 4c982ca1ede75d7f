import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type PortalError, toPortalError } from '@tunas/portal/data-access';
import {
  type NudgeResult,
  type SupervisionDashboard,
  type SupervisionExportFormat,
  SupervisionApi,
} from '@tunas/portal/data-access/supervision';
import { ConfirmDialogComponent, type ConfirmDialogData, ErrorAlertComponent } from '@tunas/portal/ui';
import { firstValueFrom } from 'rxjs';
import { downloadBlob, exportBlob } from '../shared/download-file.util';
import { JpBarChartComponent } from './jp-bar-chart.component';
import { barsByCompetencyType, barsByUnit } from './jp-chart.util';
import { SupervisedPeopleComponent } from './supervised-people.component';

interface UnitOption {
  readonly id: string;
  readonly name: string;
}

/** `/pimpinan`: the year's JP of the people a supervisor oversees, with charts, reminders and the BKPSDM export. */
@Component({
  selector: 'tunas-supervision-dashboard-page',
  imports: [
    DecimalPipe,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    ErrorAlertComponent,
    JpBarChartComponent,
    SupervisedPeopleComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './supervision-dashboard-page.component.html',
  styleUrl: './supervision-dashboard-page.component.scss',
})
export class SupervisionDashboardPageComponent {
  private readonly api = inject(SupervisionApi);
  private readonly dialog = inject(MatDialog);

  private readonly currentYear = new Date().getFullYear();
  protected readonly years = [this.currentYear, this.currentYear - 1, this.currentYear - 2];
  protected readonly year = signal(this.currentYear);
  protected readonly unitId = signal<string>('');

  /** Units seen in the unfiltered dashboard, kept while one of them is chosen. */
  private readonly unitOptionsSeen = signal<readonly UnitOption[]>([]);
  protected readonly unitOptions = this.unitOptionsSeen.asReadonly();

  protected readonly dashboard = resource({
    params: () => ({ year: this.year(), unitId: this.unitId() || null }),
    loader: async ({ params }) => {
      const dashboard = await this.api.dashboard(params.year, params.unitId);
      if (!params.unitId) this.unitOptionsSeen.set(unitOptionsOf(dashboard));
      return dashboard;
    },
  });

  protected readonly unitBars = computed(() => (this.dashboard.hasValue() ? barsByUnit(this.dashboard.value().byUnit) : []));
  protected readonly competencyBars = computed(() =>
    this.dashboard.hasValue() ? barsByCompetencyType(this.dashboard.value().byCompetencyType) : [],
  );

  /** The people chosen for a reminder, by id with their names (on any page). */
  protected readonly selected = signal<ReadonlyMap<string, string>>(new Map());
  protected readonly message = signal('');
  protected readonly nudging = signal(false);
  protected readonly nudgeResult = signal<NudgeResult | null>(null);
  /** Names of the people the last reminder was meant for; empty when it went to everyone behind. */
  private readonly nudgedNames = signal<ReadonlyMap<string, string>>(new Map());
  protected readonly behind = computed(() => (this.dashboard.hasValue() ? this.dashboard.value().totals.behind : 0));
  protected readonly exporting = signal<SupervisionExportFormat | null>(null);
  private readonly actionError = signal<PortalError | null>(null);

  protected readonly error = computed(() => {
    const error = this.dashboard.error();
    return error ? toPortalError(error) : this.actionError();
  });

  /**
   * The reminder's outcome: names for the people chosen by hand; for everyone behind (possibly thousands) only how
   * many got one and how many were skipped for each reason.
   */
  protected readonly nudgeReport = computed(() => {
    const result = this.nudgeResult();
    if (!result) return null;
    const names = this.nudgedNames();
    const reasons = [...new Set(result.skipped.map((skip) => skip.reason))];
    return {
      sentCount: result.nudgedUserIds.length,
      sent: result.nudgedUserIds.flatMap((id) => names.get(id) ?? []),
      skippedCount: result.skipped.length,
      skipped: result.skipped.flatMap((skip) => (names.has(skip.userId) ? [{ name: names.get(skip.userId) ?? '', reason: skip.reason }] : [])),
      skippedByReason: names.size ? [] : reasons.map((reason) => ({ reason, count: result.skipped.filter((skip) => skip.reason === reason).length })),
      emailed: result.emailed,
    };
  });

  protected changeYear(year: string): void {
    this.year.set(Number(year));
    this.resetSelection();
  }

  protected changeUnit(unitId: string): void {
    this.unitId.set(unitId);
    this.resetSelection();
  }

  protected async sendReminders(): Promise<void> {
    const chosen = this.selected();
    if (!chosen.size) return;
    await this.nudge(chosen);
  }

  /** Everyone behind in the whole unit (or reach), not only the page on screen: the server picks them. */
  protected async remindEveryoneBehind(): Promise<void> {
    const confirmed = await firstValueFrom(
      this.dialog
        .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
          data: {
            titleKey: 'supervision.nudge.everyoneTitle',
            messageKey: 'supervision.nudge.everyoneMessage',
            confirmKey: 'supervision.nudge.send',
            params: { count: this.behind() },
          },
        })
        .afterClosed(),
    );
    if (confirmed) await this.nudge(null);
  }

  private async nudge(chosen: ReadonlyMap<string, string> | null): Promise<void> {
    this.nudging.set(true);
    this.actionError.set(null);
    try {
      const message = this.message().trim();
      const unitId = this.unitId();
      const target = chosen ? { userIds: [...chosen.keys()] } : unitId ? { unitId } : {};
      this.nudgeResult.set(await this.api.nudge({ ...target, ...(message ? { message } : {}) }));
      this.nudgedNames.set(chosen ?? new Map());
      this.selected.set(new Map());
      this.message.set('');
    } catch (error) {
      this.actionError.set(toPortalError(error));
    } finally {
      this.nudging.set(false);
    }
  }

  protected async download(format: SupervisionExportFormat): Promise<void> {
    this.exporting.set(format);
    this.actionError.set(null);
    try {
      const file = await this.api.export(this.year(), this.unitId() || null, format);
      downloadBlob(exportBlob(file), file.filename);
    } catch (error) {
      this.actionError.set(toPortalError(error));
    } finally {
      this.exporting.set(null);
    }
  }

  private resetSelection(): void {
    this.selected.set(new Map());
    this.nudgeResult.set(null);
  }
}

function unitOptionsOf(dashboard: SupervisionDashboard): UnitOption[] {
  return dashboard.byUnit
    .flatMap((unit) => (unit.unitId && unit.unitName ? [{ id: unit.unitId, name: unit.unitName }] : []))
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));
}
