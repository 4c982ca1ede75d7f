import { Injectable, inject } from '@angular/core';
import { LanguageStore } from '@tunas/portal/data-access';
import { QuestionUiRegistry } from '@tunas/portal/plugin-sdk';

/**
 * Question type names in the portal's language, from the installed question UIs. Provided by the quiz
 * authoring routes, where the question UI registry exists (it is not in the root injector).
 */
@Injectable()
export class QuestionTypeNames {
  private readonly registry = inject(QuestionUiRegistry);
  private readonly language = inject(LanguageStore).language;

  /** The installed types, as [id, name] in the order they were installed. */
  all(): { id: string; name: string }[] {
    return this.registry.all().map((ui) => ({ id: ui.definition.id, name: this.name(ui.definition.id) }));
  }

  /** The name of a type; its id for a type this portal does not have. */
  name(typeId: string): string {
    if (!this.registry.has(typeId)) {
      return typeId;
    }
    const label = this.registry.get(typeId).definition.label;
    return this.language() === 'en' ? label.en : label.id;
  }
}
