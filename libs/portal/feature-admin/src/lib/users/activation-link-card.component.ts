import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ActivationLinkDetailFragment } from '@tunas/portal/data-access';
import { CopyButtonComponent, DateTimePipe } from '@tunas/portal/ui';

/** The activation link to hand over to a new person (or a note that it was e-mailed). */
@Component({
  selector: 'tunas-activation-link-card',
  imports: [TranslocoPipe, CopyButtonComponent, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="activation-link" aria-labelledby="activation-link-heading" data-testid="activation-link">
      <h2 id="activation-link-heading">{{ 'activationLink.title' | transloco }}</h2>
      <p>
        {{
          (link().emailed ? 'activationLink.emailed' : 'activationLink.handOver')
            | transloco: { name: link().name, email: link().email }
        }}
      </p>
      <div class="activation-link__row">
        <code class="activation-link__url">{{ link().url }}</code>
        <tunas-copy-button
          [value]="link().url"
          [label]="'activationLink.copyLabel' | transloco: { name: link().name }"
        />
      </div>
      <p class="activation-link__expiry">
        {{ 'activationLink.expires' | transloco: { date: (link().expiresAt | tunasDateTime) } }}
      </p>
    </section>
  `,
  styles: `
    .activation-link {
      padding: 16px;
      margin-block: 16px;
      border-radius: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .activation-link p { margin: 4px 0 8px; }
    .activation-link__row { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
    .activation-link__url {
      flex: 1 1 240px;
      min-width: 0;
      padding: 8px;
      border-radius: 8px;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
      overflow-wrap: anywhere;
      font-size: 0.875rem;
    }
    .activation-link__expiry { font: var(--mat-sys-body-small); }
  `,
})
export class ActivationLinkCardComponent {
  readonly link = input.required<ActivationLinkDetailFragment>();
}
