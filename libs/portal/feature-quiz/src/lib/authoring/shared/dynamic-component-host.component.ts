import {
  type Binding,
  ChangeDetectionStrategy,
  Component,
  type Type,
  ViewContainerRef,
  effect,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * Renders a lazily loaded plugin component (a question type's editor or answer area) with the given bindings.
 * A new loader or binding list renders a new component; the bindings themselves are signals, so values flow
 * in without re-creating it.
 */
@Component({
  selector: 'tunas-dynamic-component-host',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (loadFailed()) {
      <p role="alert">{{ 'quizAuthoring.loadFailed' | transloco }}</p>
    }
    <ng-container #outlet />
  `,
})
export class DynamicComponentHostComponent {
  private readonly outlet = viewChild.required('outlet', { read: ViewContainerRef });

  readonly load = input.required<() => Promise<Type<unknown>>>();
  readonly bindings = input.required<readonly Binding[]>();
  protected readonly loadFailed = signal(false);

  constructor() {
    effect((onCleanup) => {
      const load = this.load();
      const bindings = this.bindings();
      const outlet = this.outlet();
      let current = true;
      onCleanup(() => {
        current = false;
        outlet.clear();
      });
      untracked(() => {
        this.loadFailed.set(false);
        load().then(
          (component) => {
            if (current) {
              const created = outlet.createComponent(component, { bindings: [...bindings] });
              // Bind the form now: without zone.js the first check waits for the scheduler, and a user typing
              // into the already visible fields before it would lose what they typed.
              created.changeDetectorRef.detectChanges();
            }
          },
          () => this.loadFailed.set(current),
        );
      });
    });
  }
}
