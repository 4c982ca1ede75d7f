import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore, InstitutionsApi, toPortalError } from '@tunas/portal/data-access';
import { MATERIAL_KINDS, type MaterialFilterInput, type MaterialKind, MaterialsApi } from '@tunas/portal/data-access/materials';
import { DateTimePipe, ErrorAlertComponent, TranslatedPaginatorIntl } from '@tunas/portal/ui';
import { debounceTime, distinctUntilChanged } from 'rxjs';
import { FileSizePipe } from '../shared/file-size.pipe';
import { injectCanManageMaterials } from '../shared/material-access';
import { KIND_ICONS } from '../shared/material-icons';
import { MaterialUploadPanelComponent } from '../upload/material-upload-panel.component';

/** `/pustaka`: the materials library (upload for partner staff and admins, search, filters, paging). */
@Component({
  selector: 'tunas-materials-library-page',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatSelectModule,
    RouterLink,
    TranslocoPipe,
    DateTimePipe,
    ErrorAlertComponent,
    FileSizePipe,
    MaterialUploadPanelComponent,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './materials-library-page.component.html',
  styleUrl: './materials-library-page.component.scss',
})
export class MaterialsLibraryPageComponent {
  private readonly api = inject(MaterialsApi);
  private readonly institutionsApi = inject(InstitutionsApi);
  private readonly auth = inject(AuthStore);

  protected readonly canManage = injectCanManageMaterials();
  protected readonly isAdmin = this.auth.isAdmin;
  protected readonly kinds = MATERIAL_KINDS;
  protected readonly kindIcons = KIND_ICONS;
  protected readonly pageSizes = [10, 20, 50];

  protected readonly searchInput = signal('');
  private readonly search = toSignal(toObservable(this.searchInput).pipe(debounceTime(300), distinctUntilChanged()), {
    initialValue: '',
  });
  protected readonly kind = signal<MaterialKind | ''>('');
  protected readonly topic = signal('');
  protected readonly institutionId = signal('');
  protected readonly includeArchived = signal(false);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(20);

  private readonly filter = computed<MaterialFilterInput>(() => ({
    search: this.search().trim() || null,
    kind: this.kind() || null,
    topic: this.topic() || null,
    institutionId: this.institutionId() || null,
    includeArchived: this.includeArchived(),
  }));

  protected readonly materials = resource({
    params: () => ({ filter: this.filter(), offset: this.pageIndex() * this.pageSize(), limit: this.pageSize() }),
    loader: ({ params }) => this.api.materials(params.filter, params.offset, params.limit),
  });
  protected readonly topics = resource({ loader: () => this.api.topics() });
  protected readonly institutions = resource({
    params: () => (this.isAdmin() ? true : undefined),
    loader: () => this.institutionsApi.list(),
  });

  protected readonly items = computed(() => (this.materials.hasValue() ? this.materials.value().items : []));
  protected readonly total = computed(() => (this.materials.hasValue() ? this.materials.value().total : 0));
  protected readonly loadError = computed(() => {
    const error = this.materials.error();
    return error ? toPortalError(error).message : null;
  });
  protected readonly isEmpty = computed(() => !this.materials.isLoading() && !this.loadError() && this.items().length === 0);

  protected updateSearch(value: string): void {
    this.searchInput.set(value);
    this.pageIndex.set(0);
  }

  protected updateFilter<T>(target: { set(value: T): void }, value: T): void {
    target.set(value);
    this.pageIndex.set(0);
  }

  protected changePage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }

  protected refresh(): void {
    this.materials.reload();
    this.topics.reload();
  }

  protected textValue(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
}
