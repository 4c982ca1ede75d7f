import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  resource,
  signal,
  untracked,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  type ActivationLinkDetailFragment,
  type AsnType,
  type CreatedUser,
  InstitutionsApi,
  OrgUnitsApi,
  type PortalError,
  type Role,
  type UserDetailFragment,
  UsersApi,
  buildOrgUnitTree,
  flattenOrgUnitTree,
  toPortalError,
} from '@tunas/portal/data-access';
import { ConfirmDialogComponent, type ConfirmDialogData, ErrorAlertComponent } from '@tunas/portal/ui';
import { firstValueFrom } from 'rxjs';
import { ASN_TYPE_OPTIONS, ROLE_OPTIONS, blankToNull } from '../shared/role-options';
import { ActivationLinkCardComponent } from './activation-link-card.component';

const NIP_PATTERN = /^\d{18}$/;
const SUPERVISOR_OPTIONS_LIMIT = 200;

/** Create a person (`/admin/pengguna/baru`) or edit one (`/admin/pengguna/:id`). */
@Component({
  selector: 'tunas-user-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    ErrorAlertComponent,
    ActivationLinkCardComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-form-page.component.html',
  styleUrl: './user-form-page.component.scss',
})
export class UserFormPageComponent {
  private readonly usersApi = inject(UsersApi);
  private readonly orgUnitsApi = inject(OrgUnitsApi);
  private readonly institutionsApi = inject(InstitutionsApi);
  private readonly dialog = inject(MatDialog);

  /** The route's `:id`; absent when creating. */
  readonly id = input<string>();

  protected readonly roleOptions = ROLE_OPTIONS;
  protected readonly asnTypeOptions = ASN_TYPE_OPTIONS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    email: ['', [Validators.required, Validators.email]],
    nip: ['', Validators.pattern(NIP_PATTERN)],
    asnType: ['' as AsnType | ''],
    position: [''],
    orgUnitId: [''],
    supervisorId: [''],
    institutionId: [''],
  });
  protected readonly selectedRoles = signal<readonly Role[]>(['LEARNER']);
  protected readonly saving = signal(false);
  protected readonly error = signal<PortalError | null>(null);
  protected readonly statusKey = signal<string | null>(null);
  protected readonly created = signal<CreatedUser | null>(null);
  protected readonly activation = signal<ActivationLinkDetailFragment | null>(null);

  protected readonly isEdit = computed(() => !!this.id());
  protected readonly user = resource({
    params: () => this.id(),
    loader: ({ params }) => this.usersApi.get(params),
  });
  protected readonly loadedUser = computed(() => (this.user.hasValue() ? this.user.value() : null));
  protected readonly loadError = computed(() => {
    const error = this.user.error();
    return error ? toPortalError(error) : null;
  });
  protected readonly isConflict = computed(() => this.error()?.reason === 'STALE_VERSION');
  protected readonly rolesChanged = computed(() => {
    const user = this.loadedUser();
    return !!user && !sameRoles(user.roles, this.selectedRoles());
  });

  private readonly orgUnits = resource({ loader: () => this.orgUnitsApi.list() });
  protected readonly orgUnitOptions = computed(() =>
    flattenOrgUnitTree(buildOrgUnitTree(this.orgUnits.hasValue() ? this.orgUnits.value() : [])),
  );
  private readonly institutions = resource({ loader: () => this.institutionsApi.list() });
  protected readonly institutionOptions = computed(() => (this.institutions.hasValue() ? this.institutions.value() : []));
  private readonly supervisors = resource({
    loader: () => this.usersApi.list({ role: 'SUPERVISOR', active: true }, { offset: 0, limit: SUPERVISOR_OPTIONS_LIMIT }),
  });
  protected readonly supervisorOptions = computed(() => {
    const items = this.supervisors.hasValue() ? this.supervisors.value().items : [];
    return items.filter((supervisor) => supervisor.id !== this.id());
  });

  constructor() {
    effect(() => {
      const user = this.loadedUser();
      if (user) {
        untracked(() => this.fillForm(user));
      }
    });
  }

  protected toggleRole(role: Role, checked: boolean): void {
    this.selectedRoles.update((roles) =>
      checked ? ROLE_OPTIONS.filter((option) => option === role || roles.includes(option)) : roles.filter((r) => r !== role),
    );
  }

  protected hasRole(role: Role): boolean {
    return this.selectedRoles().includes(role);
  }

  protected async save(): Promise<void> {
    if (this.form.invalid || this.saving() || (!this.isEdit() && this.selectedRoles().length === 0)) {
      this.form.markAllAsTouched();
      return;
    }
    const user = this.loadedUser();
    await this.run(async () => {
      if (user) {
        this.user.set(await this.usersApi.update({ id: user.id, version: user.version, ...this.formValues() }));
        this.statusKey.set('userForm.saved');
      } else {
        const created = await this.usersApi.create({ ...this.formValues(), roles: [...this.selectedRoles()] });
        this.created.set(created);
        this.statusKey.set('userForm.created');
      }
    });
  }

  protected async saveRoles(): Promise<void> {
    const user = this.loadedUser();
    if (!user) {
      return;
    }
    await this.run(async () => {
      this.user.set(await this.usersApi.setRoles(user.id, this.selectedRoles()));
      this.statusKey.set('userForm.rolesSaved');
    });
  }

  protected async toggleActive(): Promise<void> {
    const user = this.loadedUser();
    if (!user) {
      return;
    }
    if (user.active && !(await this.confirmDeactivation(user.name))) {
      return;
    }
    await this.run(async () => {
      this.user.set(await this.usersApi.setActive(user.id, !user.active));
      this.statusKey.set(user.active ? 'userForm.deactivated' : 'userForm.reactivated');
    });
  }

  protected async issueActivationLink(): Promise<void> {
    const user = this.loadedUser();
    if (!user) {
      return;
    }
    await this.run(async () => {
      this.activation.set(await this.usersApi.issueActivationLink(user.id));
      this.statusKey.set(null);
    });
  }

  protected reloadUser(): void {
    this.error.set(null);
    this.user.reload();
  }

  protected startAnother(): void {
    this.created.set(null);
    this.statusKey.set(null);
    this.form.reset();
    this.selectedRoles.set(['LEARNER']);
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.saving.set(true);
    this.error.set(null);
    this.statusKey.set(null);
    try {
      await action();
    } catch (error) {
      this.error.set(toPortalError(error));
    } finally {
      this.saving.set(false);
    }
  }

  private fillForm(user: UserDetailFragment): void {
    this.form.reset({
      name: user.name,
      email: user.email,
      nip: user.nip ?? '',
      asnType: user.asnType ?? '',
      position: user.position ?? '',
      orgUnitId: user.orgUnit?.id ?? '',
      supervisorId: user.supervisor?.id ?? '',
      institutionId: user.institution?.id ?? '',
    });
    this.selectedRoles.set(user.roles);
  }

  private formValues() {
    const value = this.form.getRawValue();
    return {
      name: value.name.trim(),
      email: value.email.trim(),
      nip: blankToNull(value.nip),
      asnType: value.asnType || null,
      position: blankToNull(value.position),
      orgUnitId: value.orgUnitId || null,
      supervisorId: value.supervisorId || null,
      institutionId: value.institutionId || null,
    };
  }

  private confirmDeactivation(name: string): Promise<boolean | undefined> {
    return firstValueFrom(
      this.dialog
        .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
          data: {
            titleKey: 'users.deactivateTitle',
            messageKey: 'users.deactivateMessage',
            confirmKey: 'users.deactivate',
            params: { name },
          },
        })
        .afterClosed(),
    );
  }
}

function sameRoles(a: readonly Role[], b: readonly Role[]): boolean {
  return a.length === b.length && a.every((role) => b.includes(role));
}
