import { DecimalPipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { toPortalError } from '@tunas/portal/data-access';
import { SupervisionApi } from '@tunas/portal/data-access/supervision';
import { DateTimePipe, ErrorAlertComponent } from '@tunas/portal/ui';

/** `/pimpinan/orang/:userId?tahun=`: one person's year: courses with progress and quiz grades, certificates, badges. */
@Component({
  selector: 'tunas-supervised-person-page',
  imports: [DecimalPipe, PercentPipe, MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink, TranslocoPipe, DateTimePipe, ErrorAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './supervised-person-page.component.html',
  styleUrl: './supervised-person-page.component.scss',
})
export class SupervisedPersonPageComponent {
  private readonly api = inject(SupervisionApi);

  readonly userId = input.required<string>();
  /** The `tahun` query parameter; the current year without it. */
  readonly tahun = input<string>();

  protected readonly year = computed(() => Number(this.tahun()) || new Date().getFullYear());
  protected readonly detail = resource({
    params: () => ({ userId: this.userId(), year: this.year() }),
    loader: ({ params }) => this.api.person(params.userId, params.year),
  });
  protected readonly error = computed(() => {
    const error = this.detail.error();
    return error ? toPortalError(error) : null;
  });
}
