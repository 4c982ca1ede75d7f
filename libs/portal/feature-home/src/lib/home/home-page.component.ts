import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore, type Role } from '@tunas/portal/data-access';
import { AdminHomeSectionComponent } from '../sections/admin-home-section.component';
import { LearnerHomeSectionComponent } from '../sections/learner-home-section.component';
import { PartnerHomeSectionComponent } from '../sections/partner-home-section.component';
import { SupervisorHomeSectionComponent } from '../sections/supervisor-home-section.component';
import { TrainerHomeSectionComponent } from '../sections/trainer-home-section.component';

/** The order sections appear in when a person holds several roles. */
const ROLE_ORDER: readonly Role[] = ['LEARNER', 'TRAINER', 'PARTNER', 'SUPERVISOR', 'ADMIN'];

/** One home for everyone, with a section for each role the person holds. */
@Component({
  selector: 'tunas-home-page',
  imports: [
    TranslocoPipe,
    LearnerHomeSectionComponent,
    TrainerHomeSectionComponent,
    PartnerHomeSectionComponent,
    SupervisorHomeSectionComponent,
    AdminHomeSectionComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home-page.component.html',
  styleUrl: './home-page.component.scss',
})
export class HomePageComponent {
  private readonly auth = inject(AuthStore);

  protected readonly user = this.auth.user;
  protected readonly roles = computed(() => ROLE_ORDER.filter((role) => this.auth.roles().includes(role)));
  protected readonly roleKeys = computed(() => this.roles().map((role) => `roles.${role}`));
}
