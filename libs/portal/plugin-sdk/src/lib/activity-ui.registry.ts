import {
  type EnvironmentProviders,
  Injectable,
  InjectionToken,
  inject,
  makeEnvironmentProviders,
  provideEnvironmentInitializer,
} from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { DomSanitizer } from '@angular/platform-browser';
import { type AnyActivityUi, activityIconName } from './activity-ui.model';

/** The installed activity UIs. Provided only by the app's plugin list (apps/portal/src/plugins.ts). */
export const ACTIVITY_UIS = new InjectionToken<readonly AnyActivityUi[]>('ACTIVITY_UIS');

export class DuplicateActivityUiError extends Error {}
export class UnknownActivityUiError extends Error {}
export class InvalidActivityUiError extends Error {}

const SVG_PATH = /^[MmLlHhVvCcSsQqTtAaZz0-9.,\s-]+$/;

/** Checks the list once and indexes it by id; a duplicate or malformed entry stops the portal. */
export function indexActivityUis(uis: readonly AnyActivityUi[]): ReadonlyMap<string, AnyActivityUi> {
  const byId = new Map<string, AnyActivityUi>();
  for (const ui of uis) {
    const id = ui?.definition?.id;
    if (!id) {
      throw new InvalidActivityUiError('An installed activity UI has no definition id; check apps/portal/src/plugins.ts');
    }
    if (!SVG_PATH.test(ui.icon)) {
      throw new InvalidActivityUiError(`Activity UI "${id}" needs its icon as SVG path data`);
    }
    if (byId.has(id)) {
      throw new DuplicateActivityUiError(`Activity UI "${id}" is installed twice; check apps/portal/src/plugins.ts`);
    }
    byId.set(id, ui);
  }
  return byId;
}

/**
 * The activity types this portal can show and author. Provided next to {@link ACTIVITY_UIS} by
 * {@link provideActivityUis}, so it exists only where the course screens are loaded.
 */
@Injectable()
export class ActivityUiRegistry {
  private readonly byId = indexActivityUis(inject(ACTIVITY_UIS));

  all(): readonly AnyActivityUi[] {
    return [...this.byId.values()];
  }

  has(typeId: string): boolean {
    return this.byId.has(typeId);
  }

  /** The UI for a type; throws for a type this portal does not have (a course may be newer than the portal). */
  get(typeId: string): AnyActivityUi {
    const ui = this.byId.get(typeId);
    if (!ui) {
      throw new UnknownActivityUiError(
        `Activity type "${typeId}" has no portal UI (installed: ${[...this.byId.keys()].join(', ') || 'none'})`,
      );
    }
    return ui;
  }
}

/**
 * Installs activity UIs: the list, its registry, and each plugin's icon. Call it once, from the app's
 * plugin list; the registry checks the list the moment the course screens start.
 */
export function provideActivityUis(uis: readonly AnyActivityUi[]): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: ACTIVITY_UIS, useValue: uis },
    ActivityUiRegistry,
    provideEnvironmentInitializer(() => {
      const registry = inject(ActivityUiRegistry);
      const icons = inject(MatIconRegistry);
      const sanitizer = inject(DomSanitizer);
      for (const ui of registry.all()) {
        // Path data checked by indexActivityUis: digits and path commands only, never markup.
        icons.addSvgIconLiteral(
          activityIconName(ui.definition.id),
          sanitizer.bypassSecurityTrustHtml(
            `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="currentColor"><path d="${ui.icon}"/></svg>`,
          ),
        );
      }
    }),
  ]);
}
