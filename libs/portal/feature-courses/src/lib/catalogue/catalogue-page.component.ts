import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { toPortalError } from '@tunas/portal/data-access';
import {
  type CompetencyType,
  type CourseFilter,
  type CourseLevel,
  CoursesApi,
} from '@tunas/portal/data-access/courses';
import { ErrorAlertComponent, TranslatedPaginatorIntl } from '@tunas/portal/ui';
import { debounceTime, distinctUntilChanged } from 'rxjs';
import { COMPETENCY_TYPES, COURSE_LEVELS, competencyKey, levelKey } from '../shared/course-options';
import { CourseCardComponent } from './course-card.component';

const PAGE_SIZE = 12;

/** `/kursus`: published courses, searchable in Indonesian and filterable by topic, kind, level and JP. */
@Component({
  selector: 'tunas-catalogue-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    ErrorAlertComponent,
    CourseCardComponent,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './catalogue-page.component.html',
  styleUrl: './catalogue-page.component.scss',
})
export class CataloguePageComponent {
  private readonly api = inject(CoursesApi);

  protected readonly levels = COURSE_LEVELS;
  protected readonly competencyTypes = COMPETENCY_TYPES;
  protected readonly levelKey = levelKey;
  protected readonly competencyKey = competencyKey;
  protected readonly pageSize = PAGE_SIZE;

  protected readonly searchInput = signal('');
  private readonly search = toSignal(toObservable(this.searchInput).pipe(debounceTime(300), distinctUntilChanged()), {
    initialValue: '',
  });
  protected readonly topicId = signal('');
  protected readonly competencyType = signal<CompetencyType | ''>('');
  protected readonly level = signal<CourseLevel | ''>('');
  protected readonly jpMin = signal<number | null>(null);
  protected readonly jpMax = signal<number | null>(null);
  protected readonly pageIndex = signal(0);

  protected readonly topics = resource({ loader: () => this.api.topics() });
  protected readonly topicOptions = computed(() => (this.topics.hasValue() ? this.topics.value() : []));

  private readonly filter = computed<CourseFilter>(() => ({
    search: this.search().trim() || null,
    topicId: this.topicId() || null,
    competencyType: this.competencyType() || null,
    level: this.level() || null,
    jpMin: this.jpMin(),
    jpMax: this.jpMax(),
  }));
  protected readonly hasFilters = computed(() => Object.values(this.filter()).some((value) => value !== null));
  protected readonly courses = resource({
    params: () => ({ filter: this.filter(), page: { offset: this.pageIndex() * PAGE_SIZE, limit: PAGE_SIZE } }),
    loader: ({ params }) => this.api.catalogue(params.filter, params.page),
  });
  protected readonly items = computed(() => (this.courses.hasValue() ? this.courses.value().items : []));
  protected readonly total = computed(() => (this.courses.hasValue() ? this.courses.value().total : 0));
  protected readonly loadError = computed(() => {
    const error = this.courses.error();
    return error ? toPortalError(error) : null;
  });
  protected readonly isEmpty = computed(() => this.courses.hasValue() && this.items().length === 0);

  protected updateSearch(value: string): void {
    this.searchInput.set(value);
    this.pageIndex.set(0);
  }

  protected updateTopic(topicId: string): void {
    this.topicId.set(topicId);
    this.pageIndex.set(0);
  }

  protected updateCompetencyType(type: CompetencyType | ''): void {
    this.competencyType.set(type);
    this.pageIndex.set(0);
  }

  protected updateLevel(level: CourseLevel | ''): void {
    this.level.set(level);
    this.pageIndex.set(0);
  }

  protected updateJp(bound: 'min' | 'max', value: string): void {
    const hours = value.trim() === '' ? null : Math.max(0, Math.floor(Number(value)));
    (bound === 'min' ? this.jpMin : this.jpMax).set(Number.isNaN(hours) ? null : hours);
    this.pageIndex.set(0);
  }

  protected clearFilters(): void {
    this.searchInput.set('');
    this.topicId.set('');
    this.competencyType.set('');
    this.level.set('');
    this.jpMin.set(null);
    this.jpMax.set(null);
    this.pageIndex.set(0);
  }

  protected changePage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
  }
}
