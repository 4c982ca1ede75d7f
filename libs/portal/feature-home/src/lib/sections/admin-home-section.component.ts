import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'tunas-admin-home-section',
  imports: [MatIconModule, TranslocoPipe, MatButtonModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="home-section" data-testid="home-admin" aria-labelledby="home-admin-heading">
      <div class="home-section__heading">
        <mat-icon svgIcon="group" aria-hidden="true" />
        <h2 id="home-admin-heading">{{ 'home.admin.heading' | transloco }}</h2>
      </div>
      <p class="admin-intro">{{ 'home.admin.intro' | transloco }}</p>
      <ul class="admin-links">
        @for (link of links; track link.path) {
          <li>
            <a mat-stroked-button [routerLink]="link.path">
              <mat-icon [svgIcon]="link.icon" aria-hidden="true" />
              {{ link.labelKey | transloco }}
            </a>
          </li>
        }
      </ul>
    </section>
  `,
  styleUrl: './home-section.scss',
})
export class AdminHomeSectionComponent {
  protected readonly links = [
    { path: '/admin/pengguna', labelKey: 'nav.users', icon: 'group' },
    { path: '/admin/unit-organisasi', labelKey: 'nav.orgUnits', icon: 'account-tree' },
    { path: '/admin/institusi-mitra', labelKey: 'nav.institutions', icon: 'institution' },
    { path: '/admin/impor-pengguna', labelKey: 'nav.importUsers', icon: 'upload' },
  ] as const;
}
