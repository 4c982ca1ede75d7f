import { ChangeDetectionStrategy, Component, DestroyRef, type OnInit, inject, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type FormControl, type FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { QuestionEditorComponent } from '@tunas/portal/plugin-sdk';
import { type OrderingConfig, orderingConfigSchema } from '@tunas/plugins/questions/common';
import { EditorRowActionsComponent } from '../editing/editor-row-actions.component';
import { EDITOR_LAYOUT_STYLES } from '../editing/editor-layout.styles';
import { moveRow, nextRowId } from '../editing/form-rows.util';

type ItemGroup = FormGroup<{ id: FormControl<string>; text: FormControl<string> }>;

/** The items in their right order (learners get them shuffled), and how a partly right order is graded. */
@Component({
  selector: 'tunas-ordering-editor',
  imports: [EditorRowActionsComponent, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container [formGroup]="form">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'questions.ordering.gradingMode' | transloco }}</mat-label>
        <select matNativeControl formControlName="gradingMode">
          <option value="absolutePosition">{{ 'questions.ordering.gradingModes.absolutePosition' | transloco }}</option>
          <option value="allOrNothing">{{ 'questions.ordering.gradingModes.allOrNothing' | transloco }}</option>
        </select>
      </mat-form-field>
      <fieldset>
        <legend>{{ 'questions.ordering.items' | transloco }}</legend>
        <p class="editor__hint">{{ 'questions.ordering.itemsHint' | transloco }}</p>
        <ol class="editor__rows" formArrayName="items">
          @for (item of form.controls.items.controls; track item.controls.id.value; let index = $index) {
            <li class="editor__row" [formGroupName]="index" data-testid="order-item">
              <div class="editor__row-head">
                <mat-form-field appearance="outline" subscriptSizing="dynamic" class="editor__grow">
                  <mat-label>{{ 'questions.ordering.itemN' | transloco: { n: index + 1 } }}</mat-label>
                  <textarea matInput formControlName="text" rows="1" data-testid="order-item-text"></textarea>
                  @if (item.controls.text.hasError('required')) {
                    <mat-error>{{ 'questions.editor.required' | transloco }}</mat-error>
                  }
                </mat-form-field>
                <tunas-editor-row-actions
                  [index]="index"
                  [count]="form.controls.items.length"
                  [minimum]="2"
                  [rowLabel]="'questions.ordering.itemN' | transloco: { n: index + 1 }"
                  (moveUp)="move(index, -1)"
                  (moveDown)="move(index, 1)"
                  (remove)="form.controls.items.removeAt(index)"
                />
              </div>
            </li>
          }
        </ol>
      </fieldset>
      <button mat-stroked-button type="button" class="editor__add" data-testid="order-add-item" (click)="add()">
        <mat-icon svgIcon="add" aria-hidden="true" />
        {{ 'questions.ordering.addItem' | transloco }}
      </button>
    </ng-container>
  `,
  styles: [EDITOR_LAYOUT_STYLES, '.editor__grow { flex: 1 1 12rem; }'],
})
export class OrderingEditorComponent implements QuestionEditorComponent<OrderingConfig>, OnInit {
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly config = input<OrderingConfig | null>(null);
  readonly configChange = output<OrderingConfig | null>();

  protected readonly form = this.fb.group({
    gradingMode: this.fb.control<OrderingConfig['gradingMode']>('absolutePosition'),
    items: this.fb.array<ItemGroup>([]),
  });

  ngOnInit(): void {
    const config = this.config();
    const items = config?.items ?? ['i1', 'i2', 'i3'].map((id) => ({ id, text: '' }));
    for (const item of items) {
      this.form.controls.items.push(this.itemGroup(item.id, item.text), { emitEvent: false });
    }
    this.form.controls.gradingMode.setValue(config?.gradingMode ?? 'absolutePosition', { emitEvent: false });
    this.update();
    this.form.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.update());
  }

  protected add(): void {
    const ids = this.form.controls.items.getRawValue().map((item) => item.id);
    this.form.controls.items.push(this.itemGroup(nextRowId('i', ids), ''));
  }

  protected move(index: number, offset: -1 | 1): void {
    moveRow(this.form.controls.items, index, offset);
  }

  private itemGroup(id: string, text: string): ItemGroup {
    return this.fb.group({ id: [id], text: [text, Validators.required] });
  }

  private update(): void {
    const { gradingMode, items } = this.form.getRawValue();
    const parsed = orderingConfigSchema.safeParse({ gradingMode, items: items.map((item) => ({ id: item.id, text: item.text.trim() })) });
    this.configChange.emit(parsed.success ? parsed.data : null);
  }
}
