import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
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
import { ErrorAlertComponent } from '@tunas/portal/ui';
import { downloadBlob, exportBlob } from '../shared/download-file.util';
import { JpBarChartComponent } from './jp-bar-chart.component';
import { barsByCompetencyType, barsByUnit } from './jp-chart.util';
import { PeopleTableComponent } from './people-table.component';

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
    PeopleTableComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './supervision-dashboard-page.component.html',
  styleUrl: './supervision-dashboard-page.component.scss',
})
export class SupervisionDashboardPageComponent {
  private readonly api = inject(SupervisionApi);

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

  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly message = signal('');
  protected readonly nudging = signal(false);
  protected readonly nudgeResult = signal<NudgeResult | null>(null);
  protected readonly exporting = signal<SupervisionExportFormat | null>(null);
  private readonly actionError = signal<PortalError | null>(null);

  protected readonly error = computed(() => {
    const error = this.dashboard.error();
    return error ? toPortalError(error) : this.actionError();
  });

  /** The reminder's outcome with names instead of ids. */
  protected readonly nudgeReport = computed(() => {
    const result = this.nudgeResult();
    if (!result) return null;
    const names = new Map((this.dashboard.value()?.people ?? []).map((person) => [person.userId, person.name]));
    return {
      sent: result.nudgedUserIds.map((id) => names.get(id) ?? id),
      skipped: result.skipped.map((skip) => ({ name: names.get(skip.userId) ?? skip.userId, reason: skip.reason })),
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
    const userIds = [...this.selected()];
    if (!userIds.length) return;
    this.nudging.set(true);
    this.actionError.set(null);
    try {
      const message = this.message().trim();
      this.nudgeResult.set(await this.api.nudge({ userIds, ...(message ? { message } : {}) }));
      this.selected.set(new Set());
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
    this.selected.set(new Set());
    this.nudgeResult.set(null);
  }
}

function unitOptionsOf(dashboard: SupervisionDashboard): UnitOption[] {
  return dashboard.byUnit
    .flatMap((unit) => (unit.unitId && unit.unitName ? [{ id: unit.unitId, name: unit.unitName }] : []))
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));
}
