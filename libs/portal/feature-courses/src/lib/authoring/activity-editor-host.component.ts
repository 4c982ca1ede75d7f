import {
  ChangeDetectionStrategy,
  Component,
  ViewContainerRef,
  effect,
  input,
  inputBinding,
  output,
  outputBinding,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AnyActivityUi } from '@tunas/portal/plugin-sdk';

/** Renders a plugin's lazily loaded authoring form and passes on the content it emits. */
@Component({
  selector: 'tunas-activity-editor-host',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (loadFailed()) {
      <p role="alert">{{ 'player.viewFailed' | transloco }}</p>
    }
    <ng-container #outlet />
  `,
})
export class ActivityEditorHostComponent {
  private readonly outlet = viewChild.required('outlet', { read: ViewContainerRef });

  readonly ui = input.required<AnyActivityUi>();
  /** The stored content, or null for a new activity. */
  readonly content = input<unknown>(null);
  /** Content valid for the plugin's schema, or null while the form is incomplete. */
  readonly contentChange = output<unknown>();
  protected readonly loadFailed = signal(false);

  constructor() {
    effect((onCleanup) => {
      const ui = this.ui();
      const outlet = this.outlet();
      let current = true;
      onCleanup(() => {
        current = false;
        outlet.clear();
      });
      untracked(() => {
        ui.loadEditor().then(
          (editor) => {
            if (current) {
              const created = outlet.createComponent(editor, {
                bindings: [
                  inputBinding('content', this.content),
                  outputBinding<unknown>('contentChange', (content) => this.contentChange.emit(content)),
                ],
              });
              // Bind the form now: without zone.js the first check waits for the scheduler, and a trainer typing into
              // the already visible fields before it would lose what they typed.
              created.changeDetectorRef.detectChanges();
            }
          },
          () => this.loadFailed.set(current),
        );
      });
    });
  }
}
