import { type Binding, type Type, type WritableSignal, inputBinding, outputBinding, reflectComponentType, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatIconRegistry } from '@angular/material/icon';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of } from 'rxjs';
import type { ActivityContext, ActivityUi } from '../activity-ui.model';

export interface RenderedActivityView<TState> {
  readonly fixture: ComponentFixture<unknown>;
  readonly element: HTMLElement;
  /** Every state the view emitted, in order. */
  readonly emitted: TState[];
  /** The stored state handed to the view; set it to simulate the server's answer. */
  readonly state: WritableSignal<TState | null>;
  /** Waits for change detection and pending work. */
  stable(): Promise<void>;
}

export interface RenderedActivityEditor<TContent> {
  readonly fixture: ComponentFixture<unknown>;
  readonly element: HTMLElement;
  /** Every value of contentChange, in order (null while the form is incomplete). */
  readonly emitted: (TContent | null)[];
  stable(): Promise<void>;
}

/** TestBed set-up every plugin part needs: translations (keys shown as written) and inline icons. */
export function configureActivityTestBed(): void {
  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: { id: {} },
        translocoConfig: { availableLangs: ['id'], defaultLang: 'id', missingHandler: { logMissingKey: false } },
        preloadLangs: true,
      }),
    ],
    providers: [
      {
        provide: MatIconRegistry,
        useValue: {
          getNamedSvgIcon: () => of(document.createElementNS('http://www.w3.org/2000/svg', 'svg')),
          getDefaultFontSetClass: () => [],
        },
      },
    ],
  });
}

/** Renders a plugin's learner view the way the course player does, recording what it emits. */
export async function renderActivityView<TContent, TState>(
  ui: ActivityUi<TContent, TState>,
  inputs: {
    readonly content: TContent;
    readonly state?: TState | null;
    readonly readOnly?: boolean;
    /** Bound only when the view declares a `context` input, as the course player does. */
    readonly context?: ActivityContext | null;
  },
): Promise<RenderedActivityView<TState>> {
  configureActivityTestBed();
  const view: Type<unknown> = await ui.loadView();
  const emitted: TState[] = [];
  const state = signal<TState | null>(inputs.state ?? null);
  const bindings: Binding[] = [
    inputBinding('content', () => inputs.content),
    inputBinding('state', state),
    inputBinding('readOnly', () => inputs.readOnly ?? false),
    outputBinding<TState>('stateChange', (next) => emitted.push(next)),
  ];
  if (reflectComponentType(view)?.inputs.some((declared) => declared.templateName === 'context')) {
    bindings.push(inputBinding('context', () => inputs.context ?? null));
  }
  const fixture = TestBed.createComponent(view, { bindings });
  const stable = () => fixture.whenStable();
  await stable();
  return { fixture, element: fixture.nativeElement as HTMLElement, emitted, state, stable };
}

/** Renders a plugin's authoring form the way the course editor does, recording what it emits. */
export async function renderActivityEditor<TContent, TState>(
  ui: ActivityUi<TContent, TState>,
  content: TContent | null,
): Promise<RenderedActivityEditor<TContent>> {
  configureActivityTestBed();
  const editor: Type<unknown> = await ui.loadEditor();
  const emitted: (TContent | null)[] = [];
  const fixture = TestBed.createComponent(editor, {
    bindings: [
      inputBinding('content', () => content),
      outputBinding<TContent | null>('contentChange', (next) => emitted.push(next)),
    ],
  });
  const stable = () => fixture.whenStable();
  await stable();
  return { fixture, element: fixture.nativeElement as HTMLElement, emitted, stable };
}

/** Types into an input or textarea as a person would (value, then the input event). */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement | null, value: string): void {
  if (!field) {
    throw new Error('No field to type into');
  }
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('blur'));
}
