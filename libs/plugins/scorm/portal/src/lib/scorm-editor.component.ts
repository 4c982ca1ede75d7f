import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ActivityEditor } from '@tunas/portal/plugin-sdk';
import { type ScormCompletionRule, type ScormContent, scormContentSchema } from '@tunas/plugins/scorm/common';
import { of } from 'rxjs';
import { z } from 'zod';
import { SCORM_RUNTIME_GATEWAY, type ScormPackageOption } from './scorm-runtime.gateway';

/** The package summary the API stores on a library version (what the editor needs of it). */
const packageMetadataSchema = z.object({
  version: z.enum(['1.2', '2004']),
  title: z.string(),
  launchables: z.array(z.object({ itemIdentifier: z.string(), title: z.string(), launch: z.string() })),
});
type PackageMetadata = z.infer<typeof packageMetadataSchema>;

interface PackageChoice {
  readonly versionId: string;
  readonly title: string;
  readonly metadata: PackageMetadata;
}

const RULES: readonly ScormCompletionRule[] = ['completed-or-passed', 'completed', 'passed'];

/** Which library package and item the activity plays, and what counts as complete. */
@Component({
  selector: 'tunas-scorm-editor',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="scorm-editor">
      @if (!gateway) {
        <p class="scorm-editor__note">{{ 'plugins.scorm.editor.noLibrary' | transloco }}</p>
      }
      <label class="scorm-editor__field">
        <span>{{ 'plugins.scorm.editor.package' | transloco }}</span>
        <select data-testid="scorm-editor-package" [value]="versionId()" (change)="choosePackage($any($event.target).value)">
          <option value="">{{ 'plugins.scorm.editor.choosePackage' | transloco }}</option>
          @for (choice of choices(); track choice.versionId) {
            <option [value]="choice.versionId">{{ choice.title }} (SCORM {{ choice.metadata.version }})</option>
          }
        </select>
      </label>
      @if (choices().length === 0) {
        <p class="scorm-editor__note" data-testid="scorm-editor-empty">{{ 'plugins.scorm.editor.noPackages' | transloco }}</p>
      }
      @if (chosen(); as choice) {
        <label class="scorm-editor__field">
          <span>{{ 'plugins.scorm.editor.item' | transloco }}</span>
          <select data-testid="scorm-editor-item" [value]="launchItem()" (change)="launchItem.set($any($event.target).value)">
            @for (item of choice.metadata.launchables; track item.itemIdentifier) {
              <option [value]="item.itemIdentifier">{{ item.title }} ({{ item.launch }})</option>
            }
          </select>
        </label>
      }
      <label class="scorm-editor__field">
        <span>{{ 'plugins.scorm.editor.rule' | transloco }}</span>
        <select data-testid="scorm-editor-rule" [value]="rule()" (change)="rule.set($any($event.target).value)">
          @for (option of rules; track option) {
            <option [value]="option">{{ 'plugins.scorm.editor.rules.' + option | transloco }}</option>
          }
        </select>
      </label>
      <label class="scorm-editor__field">
        <span>{{ 'plugins.scorm.editor.mastery' | transloco }}</span>
        <input type="number" min="0" max="100" step="1" data-testid="scorm-editor-mastery" [value]="masteryPercent() ?? ''" (input)="setMastery($any($event.target).value)" />
        <small>{{ 'plugins.scorm.editor.masteryHint' | transloco }}</small>
      </label>
      @if (problem(); as key) {
        <p class="scorm-editor__problem" role="alert" data-testid="scorm-editor-problem">{{ key | transloco }}</p>
      }
    </div>
  `,
  styles: `
    .scorm-editor { display: flex; flex-direction: column; gap: 12px; }
    .scorm-editor__field { display: flex; flex-direction: column; gap: 4px; max-width: 48rem; }
    .scorm-editor__field select, .scorm-editor__field input { font: inherit; padding: 8px; border-radius: 4px; border: 1px solid var(--mat-sys-outline); background: var(--mat-sys-surface); color: var(--mat-sys-on-surface); }
    .scorm-editor__field small, .scorm-editor__note { color: var(--mat-sys-on-surface-variant); }
    .scorm-editor__problem { color: var(--mat-sys-error); margin: 0; }
  `,
})
export class ScormEditorComponent implements ActivityEditor<ScormContent> {
  readonly content = input<ScormContent | null>(null);
  readonly contentChange = output<ScormContent | null>();

  protected readonly gateway = inject(SCORM_RUNTIME_GATEWAY, { optional: true });
  protected readonly rules = RULES;
  private readonly packages = toSignal(this.gateway?.packages() ?? of([] as readonly ScormPackageOption[]), { initialValue: [] as readonly ScormPackageOption[] });

  protected readonly versionId = signal('');
  protected readonly launchItem = signal('');
  protected readonly rule = signal<ScormCompletionRule>('completed-or-passed');
  protected readonly masteryPercent = signal<number | null>(null);

  /** The library's packages with a usable summary, plus the stored one if the library no longer lists it. */
  protected readonly choices = computed<readonly PackageChoice[]>(() => {
    const listed = this.packages().flatMap((option) => {
      const metadata = packageMetadataSchema.safeParse(option.metadata);
      return metadata.success ? [{ versionId: option.versionId, title: option.title, metadata: metadata.data }] : [];
    });
    const stored = this.content();
    if (stored && !listed.some((choice) => choice.versionId === stored.materialVersionId)) {
      listed.push({ versionId: stored.materialVersionId, title: stored.title, metadata: { version: stored.version, title: stored.title, launchables: [{ itemIdentifier: stored.launchItem, title: stored.title, launch: stored.launch }] } });
    }
    return listed;
  });
  protected readonly chosen = computed(() => this.choices().find((choice) => choice.versionId === this.versionId()) ?? null);
  private readonly draft = computed(() => {
    const choice = this.chosen();
    const item = choice?.metadata.launchables.find((launchable) => launchable.itemIdentifier === this.launchItem());
    if (!choice || !item) return null;
    const mastery = this.masteryPercent();
    const parsed = scormContentSchema.safeParse({
      materialVersionId: choice.versionId,
      version: choice.metadata.version,
      launchItem: item.itemIdentifier,
      launch: item.launch,
      title: (item.title || choice.title).slice(0, 200),
      completionRule: this.rule(),
      ...(mastery === null ? {} : { masteryScore: mastery / 100 }),
    });
    return parsed.success ? parsed.data : null;
  });
  protected readonly problem = computed(() => {
    if (!this.chosen()) return 'plugins.scorm.editor.problem.package';
    const mastery = this.masteryPercent();
    if (mastery !== null && (mastery < 0 || mastery > 100)) return 'plugins.scorm.editor.problem.mastery';
    return this.draft() ? null : 'plugins.scorm.editor.problem.item';
  });

  constructor() {
    effect(() => {
      const stored = this.content();
      untracked(() => {
        if (!stored) return;
        this.versionId.set(stored.materialVersionId);
        this.launchItem.set(stored.launchItem);
        this.rule.set(stored.completionRule);
        this.masteryPercent.set(stored.masteryScore === undefined ? null : Math.round(stored.masteryScore * 100));
      });
    });
    effect(() => this.contentChange.emit(this.draft()));
  }

  protected choosePackage(versionId: string): void {
    this.versionId.set(versionId);
    const first = this.chosen()?.metadata.launchables[0];
    this.launchItem.set(first?.itemIdentifier ?? '');
  }

  protected setMastery(value: string): void {
    this.masteryPercent.set(value === '' ? null : Number(value));
  }
}
