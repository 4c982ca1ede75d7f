import { LiveAnnouncer } from '@angular/cdk/a11y';
import { CdkDrag, type CdkDragDrop, CdkDragHandle, CdkDropList } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { CourseActivity, CourseModule } from '@tunas/portal/data-access/courses';
import { ActivityUiRegistry, type AnyActivityUi, activityIconName } from '@tunas/portal/plugin-sdk';
import { ConfirmDialogComponent, type ConfirmDialogData } from '@tunas/portal/ui';
import { firstValueFrom } from 'rxjs';
import {
  ActivityEditorDialogComponent,
  type ActivityEditorDialogData,
  type ActivityEditorDialogResult,
} from './activity-editor-dialog.component';
import { CourseEditorStore } from './course-editor.store';

/** Modules and their activities: add, rename, reorder (drag or up/down buttons), require, remove, edit. */
@Component({
  selector: 'tunas-course-structure-editor',
  imports: [
    CdkDrag,
    CdkDragHandle,
    CdkDropList,
    FormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatSlideToggleModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './course-structure-editor.component.html',
  styleUrl: './course-structure-editor.component.scss',
})
export class CourseStructureEditorComponent {
  private readonly store = inject(CourseEditorStore);
  private readonly registry = inject(ActivityUiRegistry);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly transloco = inject(TranslocoService);

  private readonly language = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() });

  protected readonly busy = this.store.busy;
  protected readonly newModuleTitle = signal('');
  protected readonly newModuleRequiresPrevious = signal(false);
  protected readonly renaming = signal<string | null>(null);
  protected readonly renameTitle = signal('');

  protected readonly activityTypes = computed(() =>
    this.registry.all().map((ui) => ({ ui, id: ui.definition.id, icon: activityIconName(ui.definition.id), label: this.labelOf(ui) })),
  );
  protected readonly modules = computed(() => {
    const modules = this.store.modules();
    return modules.map((module, index) => ({
      module,
      number: index + 1,
      isFirst: index === 0,
      isLast: index === modules.length - 1,
      activities: module.activities.map((activity, activityIndex) => ({
        activity,
        icon: activityIconName(activity.type),
        typeLabel: this.registry.has(activity.type) ? this.labelOf(this.registry.get(activity.type)) : activity.type,
        editable: this.registry.has(activity.type),
        isFirst: activityIndex === 0,
        isLast: activityIndex === module.activities.length - 1,
      })),
    }));
  });

  protected async addModule(): Promise<void> {
    const title = this.newModuleTitle().trim();
    if (!title) {
      return;
    }
    if (await this.store.addModule({ title, requiresPrevious: this.newModuleRequiresPrevious(), summary: '' })) {
      this.newModuleTitle.set('');
      this.newModuleRequiresPrevious.set(false);
      this.announce('authoring.structure.moduleAdded', { title });
    }
  }

  protected startRename(module: CourseModule): void {
    this.renaming.set(module.id);
    this.renameTitle.set(module.title);
    this.focusLater(`[data-rename-input="${module.id}"]`);
  }

  protected cancelRename(module: CourseModule): void {
    this.renaming.set(null);
    this.focusLater(`[data-rename="${module.id}"]`);
  }

  protected async rename(module: CourseModule): Promise<void> {
    const title = this.renameTitle().trim();
    if (!title || title === module.title) {
      this.cancelRename(module);
      return;
    }
    if (await this.store.updateModule({ id: module.id, title })) {
      this.renaming.set(null);
      this.focusLater(`[data-rename="${module.id}"]`);
    }
  }

  protected setRequiresPrevious(module: CourseModule, requiresPrevious: boolean): void {
    void this.store.updateModule({ id: module.id, requiresPrevious });
  }

  protected async moveModule(module: CourseModule, from: number, to: number, control?: 'up' | 'down'): Promise<void> {
    const total = this.store.modules().length;
    if (to < 0 || to >= total || from === to) {
      return;
    }
    this.store.previewModuleOrder(from, to);
    if (await this.store.updateModule({ id: module.id, position: to })) {
      this.announce('authoring.structure.moduleMoved', { title: module.title, position: to + 1, total });
    }
    if (control) {
      this.focusMoveButton(module.id, to, total, control);
    }
  }

  protected dropModule(event: CdkDragDrop<unknown>): void {
    const module = this.store.modules()[event.previousIndex];
    if (module) {
      void this.moveModule(module, event.previousIndex, event.currentIndex);
    }
  }

  protected async removeModule(module: CourseModule): Promise<void> {
    if (await this.confirm('authoring.structure.removeModuleTitle', 'authoring.structure.removeModuleMessage', { title: module.title })) {
      await this.store.removeModule(module.id);
    }
  }

  protected async addActivity(module: CourseModule, ui: AnyActivityUi): Promise<void> {
    const result = await this.openEditor({ ui, title: '', required: true, content: null });
    if (result) {
      await this.store.addActivity({ moduleId: module.id, type: ui.definition.id, ...result });
    }
  }

  protected async editActivity(activity: CourseActivity): Promise<void> {
    const ui = this.registry.get(activity.type);
    const result = await this.openEditor({ ui, title: activity.title, required: activity.required, content: activity.content });
    if (result) {
      await this.store.updateActivity({ id: activity.id, ...result });
    }
  }

  protected setRequired(activity: CourseActivity, required: boolean): void {
    void this.store.updateActivity({ id: activity.id, required });
  }

  protected async moveActivity(
    module: CourseModule,
    activity: CourseActivity,
    from: number,
    to: number,
    control?: 'up' | 'down',
  ): Promise<void> {
    const total = module.activities.length;
    if (to < 0 || to >= total || from === to) {
      return;
    }
    this.store.previewActivityOrder(module.id, from, to);
    if (await this.store.updateActivity({ id: activity.id, position: to })) {
      this.announce('authoring.structure.activityMoved', { title: activity.title, position: to + 1, total });
    }
    if (control) {
      this.focusMoveButton(activity.id, to, total, control);
    }
  }

  protected dropActivity(module: CourseModule, event: CdkDragDrop<unknown>): void {
    const activity = module.activities[event.previousIndex];
    if (activity) {
      void this.moveActivity(module, activity, event.previousIndex, event.currentIndex);
    }
  }

  protected async removeActivity(activity: CourseActivity): Promise<void> {
    if (await this.confirm('authoring.structure.removeActivityTitle', 'authoring.structure.removeActivityMessage', { title: activity.title })) {
      await this.store.removeActivity(activity.id);
    }
  }

  private openEditor(data: ActivityEditorDialogData): Promise<ActivityEditorDialogResult | undefined> {
    return firstValueFrom(
      this.dialog
        .open<ActivityEditorDialogComponent, ActivityEditorDialogData, ActivityEditorDialogResult>(ActivityEditorDialogComponent, {
          data,
          width: '760px',
          maxWidth: '96vw',
          autoFocus: 'first-tabbable',
          injector: this.injector,
        })
        .afterClosed(),
    );
  }

  private async confirm(titleKey: string, messageKey: string, params: Record<string, string>): Promise<boolean> {
    const confirmed = await firstValueFrom(
      this.dialog
        .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
          data: { titleKey, messageKey, confirmKey: 'common.delete', params },
        })
        .afterClosed(),
    );
    return confirmed === true;
  }

  /** Keeps keyboard focus on the control that moved the item, or on its twin once it reached an end. */
  private focusMoveButton(id: string, position: number, total: number, control: 'up' | 'down'): void {
    const atEnd = (control === 'up' && position === 0) || (control === 'down' && position === total - 1);
    const direction = atEnd ? (control === 'up' ? 'down' : 'up') : control;
    this.focusLater(`[data-move="${id}-${direction}"]`);
  }

  private focusLater(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }

  private announce(key: string, params: Record<string, string | number>): void {
    void this.announcer.announce(this.transloco.translate(key, params), 'polite');
  }

  private labelOf(ui: AnyActivityUi): string {
    return ui.definition.label[this.language() === 'en' ? 'en' : 'id'];
  }
}
