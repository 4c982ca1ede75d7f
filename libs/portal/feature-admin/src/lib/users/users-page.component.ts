import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
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
import {
  type PortalError,
  type Role,
  type UserFilter,
  type UserListItemFragment,
  UsersApi,
  toPortalError,
} from '@tunas/portal/data-access';
import {
  ConfirmDialogComponent,
  type ConfirmDialogData,
  ErrorAlertComponent,
  TranslatedPaginatorIntl,
} from '@tunas/portal/ui';
import { debounceTime, distinctUntilChanged, firstValueFrom } from 'rxjs';
import { ROLE_OPTIONS } from '../shared/role-options';

type ActiveFilter = 'all' | 'active' | 'inactive';

@Component({
  selector: 'tunas-users-page',
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
    ErrorAlertComponent,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users-page.component.html',
  styleUrl: './users-page.component.scss',
})
export class UsersPageComponent {
  private readonly api = inject(UsersApi);
  private readonly dialog = inject(MatDialog);

  protected readonly roleOptions = ROLE_OPTIONS;
  protected readonly columns = ['name', 'nip', 'orgUnit', 'roles', 'status', 'actions'] as const;
  protected readonly pageSizes = [10, 20, 50];

  protected readonly searchInput = signal('');
  private readonly search = toSignal(
    toObservable(this.searchInput).pipe(debounceTime(300), distinctUntilChanged()),
    { initialValue: '' },
  );
  protected readonly role = signal<Role | ''>('');
  protected readonly activeFilter = signal<ActiveFilter>('all');
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(20);
  protected readonly actionError = signal<PortalError | null>(null);

  private readonly filter = computed<UserFilter>(() => ({
    search: this.search().trim() || null,
    role: this.role() || null,
    active: this.activeFilter() === 'all' ? null : this.activeFilter() === 'active',
  }));

  protected readonly users = resource({
    params: () => ({
      filter: this.filter(),
      page: { offset: this.pageIndex() * this.pageSize(), limit: this.pageSize() },
    }),
    loader: ({ params }) => this.api.list(params.filter, params.page),
  });
  protected readonly rows = computed(() => (this.users.hasValue() ? this.users.value().items : []));
  protected readonly total = computed(() => (this.users.hasValue() ? this.users.value().total : 0));
  protected readonly loadError = computed(() => {
    const error = this.users.error();
    return error ? toPortalError(error) : null;
  });
  protected readonly isEmpty = computed(() => !this.users.isLoading() && !this.loadError() && this.rows().length === 0);

  protected updateSearch(value: string): void {
    this.searchInput.set(value);
    this.pageIndex.set(0);
  }

  protected updateRole(role: Role | ''): void {
    this.role.set(role);
    this.pageIndex.set(0);
  }

  protected updateActiveFilter(value: ActiveFilter): void {
    this.activeFilter.set(value);
    this.pageIndex.set(0);
  }

  protected changePage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }

  protected async toggleActive(user: UserListItemFragment): Promise<void> {
    if (user.active) {
      const confirmed = await firstValueFrom(
        this.dialog
          .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
            data: {
              titleKey: 'users.deactivateTitle',
              messageKey: 'users.deactivateMessage',
              confirmKey: 'users.deactivate',
              params: { name: user.name },
            },
          })
          .afterClosed(),
      );
      if (!confirmed) {
        return;
      }
    }
    this.actionError.set(null);
    try {
      await this.api.setActive(user.id, !user.active);
      this.users.reload();
    } catch (error) {
      this.actionError.set(toPortalError(error));
    }
  }
}
