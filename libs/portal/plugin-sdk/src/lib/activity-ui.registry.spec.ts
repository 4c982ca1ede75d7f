import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatIconRegistry } from '@angular/material/icon';
import { defineActivityType } from '@tunas/shared/plugin-sdk';
import { z } from 'zod';
import { type ActivityEditor, type ActivityView, type AnyActivityUi, defineActivityUi } from './activity-ui.model';
import {
  ActivityUiRegistry,
  DuplicateActivityUiError,
  InvalidActivityUiError,
  UnknownActivityUiError,
  indexActivityUis,
  provideActivityUis,
} from './activity-ui.registry';

interface NoteContent {
  text: string;
}
interface NoteState {
  read: boolean;
}

@Component({ selector: 'tunas-note-view', template: '{{ content().text }}', changeDetection: ChangeDetectionStrategy.OnPush })
class NoteViewComponent implements ActivityView<NoteContent, NoteState> {
  readonly content = input.required<NoteContent>();
  readonly state = input<NoteState | null>(null);
  readonly readOnly = input(false);
  readonly stateChange = output<NoteState>();
}

@Component({ selector: 'tunas-note-editor', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class NoteEditorComponent implements ActivityEditor<NoteContent> {
  readonly content = input<NoteContent | null>(null);
  readonly contentChange = output<NoteContent | null>();
}

function noteUi(id: string, icon = 'M3 3h18v18H3z'): AnyActivityUi {
  return defineActivityUi<NoteContent, NoteState>({
    definition: defineActivityType<NoteContent, NoteState>({
      id,
      schemaVersion: 1,
      label: { id: 'Catatan', en: 'Note' },
      contentSchema: z.object({ text: z.string() }),
      stateSchema: z.object({ read: z.boolean() }),
      initialState: () => ({ read: false }),
      completionMode: 'view',
      scored: false,
      completion: (_content, state) => (state.read ? 1 : 0),
    }),
    icon,
    loadView: async () => NoteViewComponent,
    loadEditor: async () => NoteEditorComponent,
  });
}

describe('indexActivityUis', () => {
  it('indexes the installed UIs by their definition id', () => {
    const index = indexActivityUis([noteUi('note'), noteUi('memo')]);

    expect([...index.keys()]).toEqual(['note', 'memo']);
  });

  it('refuses the same id twice, naming it', () => {
    expect(() => indexActivityUis([noteUi('note'), noteUi('note')])).toThrow(DuplicateActivityUiError);
    expect(() => indexActivityUis([noteUi('note'), noteUi('note')])).toThrow(/"note" is installed twice/);
  });

  it('refuses an entry without a definition (a broken import in plugins.ts)', () => {
    const broken = { icon: 'M0 0h1z', loadView: noteUi('x').loadView, loadEditor: noteUi('x').loadEditor } as unknown as AnyActivityUi;

    expect(() => indexActivityUis([broken])).toThrow(InvalidActivityUiError);
  });

  it('refuses an icon that is markup rather than path data', () => {
    expect(() => indexActivityUis([noteUi('note', '"/><script>alert(1)</script>')])).toThrow(InvalidActivityUiError);
  });
});

describe('ActivityUiRegistry', () => {
  function registryWith(uis: readonly AnyActivityUi[]): ActivityUiRegistry {
    TestBed.configureTestingModule({ providers: [provideActivityUis(uis)] });
    return TestBed.inject(ActivityUiRegistry);
  }

  it('finds an installed type and loads its components lazily', async () => {
    const registry = registryWith([noteUi('note')]);

    expect(registry.has('note')).toBe(true);
    expect(await registry.get('note').loadView()).toBe(NoteViewComponent);
  });

  it('fails loudly for a type the portal does not have, listing what is installed', () => {
    const registry = registryWith([noteUi('note'), noteUi('memo')]);

    expect(registry.has('quiz')).toBe(false);
    expect(() => registry.get('quiz')).toThrow(UnknownActivityUiError);
    expect(() => registry.get('quiz')).toThrow('Activity type "quiz" has no portal UI (installed: note, memo)');
  });

  it('stops the course screens from starting when the list has a duplicate', () => {
    expect(() => registryWith([noteUi('note'), noteUi('note')])).toThrow(DuplicateActivityUiError);
  });

  it("registers each plugin's icon as activity-<id>", () => {
    const addSvgIconLiteral = jest.fn();
    TestBed.configureTestingModule({
      providers: [provideActivityUis([noteUi('note')]), { provide: MatIconRegistry, useValue: { addSvgIconLiteral } }],
    });
    TestBed.inject(ActivityUiRegistry);

    expect(addSvgIconLiteral).toHaveBeenCalledWith('activity-note', expect.anything());
  });

  it('cannot be used where no plugin list is provided', () => {
    TestBed.configureTestingModule({ providers: [ActivityUiRegistry] });

    expect(() => TestBed.inject(ActivityUiRegistry)).toThrow(/ACTIVITY_UIS/);
  });
});
