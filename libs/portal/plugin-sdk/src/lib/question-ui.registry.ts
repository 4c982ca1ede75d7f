import {
  type EnvironmentProviders,
  Injectable,
  InjectionToken,
  inject,
  makeEnvironmentProviders,
  provideEnvironmentInitializer,
} from '@angular/core';
import type { AnyQuestionUi } from './question-ui.model';

/** The installed question UIs. Provided only by the app's plugin list (apps/portal/src/plugins.ts). */
export const QUESTION_UIS = new InjectionToken<readonly AnyQuestionUi[]>('QUESTION_UIS');

export class DuplicateQuestionUiError extends Error {}
export class UnknownQuestionUiError extends Error {}
export class InvalidQuestionUiError extends Error {}

/** Checks the list once and indexes it by id; a duplicate or malformed entry stops the portal. */
export function indexQuestionUis(uis: readonly AnyQuestionUi[]): ReadonlyMap<string, AnyQuestionUi> {
  const byId = new Map<string, AnyQuestionUi>();
  for (const ui of uis) {
    const id = ui?.definition?.id;
    if (!id) {
      throw new InvalidQuestionUiError('An installed question UI has no definition id; check apps/portal/src/plugins.ts');
    }
    if (typeof ui.loadAnswer !== 'function' || typeof ui.loadEditor !== 'function') {
      throw new InvalidQuestionUiError(`Question UI "${id}" needs loadAnswer() and loadEditor()`);
    }
    if (byId.has(id)) {
      throw new DuplicateQuestionUiError(`Question UI "${id}" is installed twice; check apps/portal/src/plugins.ts`);
    }
    byId.set(id, ui);
  }
  return byId;
}

/**
 * The question types this portal can show and author. Provided next to {@link QUESTION_UIS} by
 * {@link provideQuestionUis}, so it exists only where the quiz screens are loaded.
 */
@Injectable()
export class QuestionUiRegistry {
  private readonly byId = indexQuestionUis(inject(QUESTION_UIS));

  all(): readonly AnyQuestionUi[] {
    return [...this.byId.values()];
  }

  has(typeId: string): boolean {
    return this.byId.has(typeId);
  }

  /** The UI for a type; throws for a type this portal does not have (a quiz may be newer than the portal). */
  get(typeId: string): AnyQuestionUi {
    const ui = this.byId.get(typeId);
    if (!ui) {
      throw new UnknownQuestionUiError(
        `Question type "${typeId}" has no portal UI (installed: ${[...this.byId.keys()].join(', ') || 'none'})`,
      );
    }
    return ui;
  }
}

/**
 * Installs question UIs: the list and its registry. Call it once, from the app's plugin list; the
 * registry checks the list the moment the quiz screens start.
 */
export function provideQuestionUis(uis: readonly AnyQuestionUi[]): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: QUESTION_UIS, useValue: uis },
    QuestionUiRegistry,
    provideEnvironmentInitializer(() => void inject(QuestionUiRegistry)),
  ]);
}
