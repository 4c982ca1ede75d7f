import { ChangeDetectionStrategy, Component, effect, inject, input, output, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CompetencyType, CourseCard, CourseLevel, Topic } from '@tunas/portal/data-access/courses';
import { COMPETENCY_TYPES, COURSE_LEVELS, competencyKey, levelKey } from '../shared/course-options';

export interface CourseDetailsValue {
  readonly title: string;
  readonly summary: string;
  readonly topicId: string;
  readonly competencyType: CompetencyType;
  readonly jpHours: number;
  readonly level: CourseLevel;
}

/** Title, summary, topic, kind of competency, JP and level: the catalogue entry of a course. */
@Component({
  selector: 'tunas-course-details-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="tunas-form course-details" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'authoring.details.title' | transloco }}</mat-label>
        <input matInput formControlName="title" data-testid="course-title" />
        @if (form.controls.title.hasError('required')) {
          <mat-error>{{ 'validation.required' | transloco }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'authoring.details.summary' | transloco }}</mat-label>
        <textarea matInput formControlName="summary" rows="4" data-testid="course-summary"></textarea>
        <mat-hint>{{ 'authoring.details.summaryHint' | transloco }}</mat-hint>
        @if (form.controls.summary.hasError('required')) {
          <mat-error>{{ 'validation.required' | transloco }}</mat-error>
        }
      </mat-form-field>
      <div class="course-details__row">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'authoring.details.topic' | transloco }}</mat-label>
          <mat-select formControlName="topicId" data-testid="course-topic">
            @for (topic of topics(); track topic.id) {
              <mat-option [value]="topic.id">{{ topic.name }}</mat-option>
            }
          </mat-select>
          @if (form.controls.topicId.hasError('required')) {
            <mat-error>{{ 'validation.required' | transloco }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'authoring.details.competencyType' | transloco }}</mat-label>
          <mat-select formControlName="competencyType" data-testid="course-competency">
            @for (type of competencyTypes; track type) {
              <mat-option [value]="type">{{ competencyKey(type) | transloco }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'authoring.details.jpHours' | transloco }}</mat-label>
          <input matInput type="number" min="1" max="200" inputmode="numeric" formControlName="jpHours" data-testid="course-jp" />
          <mat-hint>{{ 'authoring.details.jpHint' | transloco }}</mat-hint>
          @if (form.controls.jpHours.invalid) {
            <mat-error>{{ 'authoring.details.jpInvalid' | transloco }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'authoring.details.level' | transloco }}</mat-label>
          <mat-select formControlName="level" data-testid="course-level">
            @for (option of levels; track option) {
              <mat-option [value]="option">{{ levelKey(option) | transloco }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </div>
      <div class="tunas-form-actions">
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="course-details-save">{{ submitKey() | transloco }}</button>
      </div>
    </form>
  `,
  styles: `
    .course-details__row { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 12px; align-items: start; }
  `,
})
export class CourseDetailsFormComponent {
  readonly course = input<CourseCard | null>(null);
  readonly topics = input.required<readonly Topic[]>();
  readonly saving = input(false);
  readonly submitKey = input('common.save');
  readonly save = output<CourseDetailsValue>();

  protected readonly levels = COURSE_LEVELS;
  protected readonly competencyTypes = COMPETENCY_TYPES;
  protected readonly levelKey = levelKey;
  protected readonly competencyKey = competencyKey;
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    summary: ['', [Validators.required, Validators.maxLength(2000)]],
    topicId: ['', Validators.required],
    competencyType: ['TEKNIS' as CompetencyType],
    jpHours: [2, [Validators.required, Validators.min(1), Validators.max(200)]],
    level: ['DASAR' as CourseLevel],
  });

  constructor() {
    effect(() => {
      const course = this.course();
      if (course) {
        untracked(() =>
          this.form.reset({
            title: course.title,
            summary: course.summary,
            topicId: course.topic.id,
            competencyType: course.competencyType,
            jpHours: course.jpHours,
            level: course.level,
          }),
        );
      }
    });
  }

  protected submit(): void {
    if (this.form.invalid || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.save.emit({ ...value, title: value.title.trim(), summary: value.summary.trim(), jpHours: Number(value.jpHours) });
  }
}
