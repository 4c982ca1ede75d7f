import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { QuestionCategory } from '@tunas/portal/data-access/quiz';

export interface CategoryNaming {
  readonly id: string;
  readonly name: string;
}

/**
 * The category tree of a bank (depth-first, parents first): choosing one filters the questions; the chosen
 * one can be renamed, given a subcategory or deleted (the top category stays).
 */
@Component({
  selector: 'tunas-question-category-panel',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="category-tree" [attr.aria-label]="'quizAuthoring.categories.title' | transloco">
      <ul data-testid="category-tree">
        @for (category of categories(); track category.id) {
          <li [style.padding-inline-start.px]="category.depth * 16">
            <button
              type="button"
              class="category-tree__item"
              [class.category-tree__item--selected]="category.id === selectedId()"
              [attr.aria-current]="category.id === selectedId() ? 'true' : null"
              (click)="selected.emit(category.id)"
              [attr.data-testid]="'category-' + category.name"
            >
              <span class="category-tree__name">{{ category.name }}</span>
              <span class="category-tree__count">{{ category.questionCount }}</span>
            </button>
          </li>
        }
      </ul>
    </nav>
    @if (canEdit() && current(); as category) {
      <div class="category-actions">
        <form [formGroup]="renameForm" (ngSubmit)="submitRename(category.id)" class="category-actions__row">
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'quizAuthoring.categories.name' | transloco }}</mat-label>
            <input matInput formControlName="name" autocomplete="off" data-testid="category-rename-name" />
          </mat-form-field>
          <button mat-stroked-button type="submit" data-testid="category-rename">{{ 'quizAuthoring.categories.rename' | transloco }}</button>
        </form>
        <form [formGroup]="createForm" (ngSubmit)="submitCreate(category.id)" class="category-actions__row">
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'quizAuthoring.categories.newName' | transloco }}</mat-label>
            <input matInput formControlName="name" autocomplete="off" data-testid="category-new-name" />
          </mat-form-field>
          <button mat-stroked-button type="submit" data-testid="category-create">
            <mat-icon svgIcon="add" aria-hidden="true" />{{ 'quizAuthoring.categories.create' | transloco }}
          </button>
        </form>
        @if (category.parentId) {
          <button mat-button type="button" class="category-actions__delete" (click)="deleted.emit(category)" data-testid="category-delete">
            <mat-icon svgIcon="delete" aria-hidden="true" />{{ 'quizAuthoring.categories.delete' | transloco }}
          </button>
        }
      </div>
    }
  `,
  styles: `
    :host { display: flex; flex-direction: column; gap: 12px; }
    .category-tree ul { margin: 0; padding: 0; list-style: none; display: flex; flex-direction: column; gap: 2px; }
    .category-tree__item { display: flex; width: 100%; justify-content: space-between; gap: 8px; padding: 8px 12px; border: 0; border-radius: 8px; background: transparent; color: inherit; font: var(--mat-sys-body-medium); text-align: start; cursor: pointer; min-height: 40px; }
    .category-tree__item:hover { background: var(--mat-sys-surface-container-high); }
    .category-tree__item--selected { background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); font-weight: 500; }
    .category-tree__name { overflow-wrap: anywhere; }
    .category-tree__count { font: var(--mat-sys-label-medium); }
    .category-actions { display: flex; flex-direction: column; gap: 8px; padding: 12px; border-radius: 12px; background: var(--mat-sys-surface-container); }
    .category-actions__row { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
    .category-actions__row mat-form-field { flex: 1 1 160px; }
    .category-actions__delete { align-self: flex-start; color: var(--mat-sys-error); }
  `,
})
export class QuestionCategoryPanelComponent {
  private readonly fb = inject(NonNullableFormBuilder);

  readonly categories = input.required<readonly QuestionCategory[]>();
  readonly selectedId = input<string | null>(null);
  readonly canEdit = input(false);
  readonly selected = output<string>();
  readonly renamed = output<CategoryNaming>();
  /** A new subcategory: `id` is its parent. */
  readonly created = output<CategoryNaming>();
  readonly deleted = output<QuestionCategory>();

  protected readonly current = computed(() => this.categories().find((category) => category.id === this.selectedId()) ?? null);
  protected readonly renameForm = this.fb.group({ name: ['', [Validators.required, Validators.maxLength(200)]] });
  protected readonly createForm = this.fb.group({ name: ['', [Validators.required, Validators.maxLength(200)]] });

  constructor() {
    effect(() => this.renameForm.setValue({ name: this.current()?.name ?? '' }));
  }

  protected submitRename(id: string): void {
    const name = this.renameForm.getRawValue().name.trim();
    if (name) {
      this.renamed.emit({ id, name });
    }
  }

  protected submitCreate(parentId: string): void {
    const name = this.createForm.getRawValue().name.trim();
    if (name) {
      this.created.emit({ id: parentId, name });
      this.createForm.reset();
    }
  }
}
