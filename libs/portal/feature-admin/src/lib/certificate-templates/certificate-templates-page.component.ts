import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { InstitutionsApi, type PortalError, toPortalError } from '@tunas/portal/data-access';
import {
  CERTIFICATE_LAYOUT_FIELDS,
  type CertificateLayout,
  type CertificateTemplate,
  CertificateTemplatesApi,
} from '@tunas/portal/data-access/certification';
import { DateTimePipe, ErrorAlertComponent, type ErrorAlertDetail } from '@tunas/portal/ui';
import { map, of, startWith, switchMap } from 'rxjs';
import { LAYOUT_MAX_LENGTH, type LayoutForm, MULTILINE_LAYOUT_FIELDS, SAMPLE_VALUES, fillSample, layoutForm } from './certificate-layout-form';

/** What the template being edited applies to; a course's template keeps its course. */
interface Editing {
  readonly id: string | null;
  readonly courseId: string | null;
}

/** `''` is the platform default; anything else an institution's id. */
const DEFAULT_SCOPE = '';

/**
 * Certificate layouts admins change without code: the platform default, an institution's, or a course's. The
 * editor lists the placeholders the text may use and previews the result; issued certificates keep their layout.
 */
@Component({
  selector: 'tunas-certificate-templates-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    DateTimePipe,
    ErrorAlertComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './certificate-templates-page.component.html',
  styleUrl: './certificate-templates-page.component.scss',
})
export class CertificateTemplatesPageComponent {
  private readonly api = inject(CertificateTemplatesApi);
  private readonly institutionsApi = inject(InstitutionsApi);

  protected readonly fields = CERTIFICATE_LAYOUT_FIELDS;
  protected readonly maxLength: Readonly<Partial<Record<string, number>>> = { ...LAYOUT_MAX_LENGTH, accentColor: 7 };
  protected readonly multiline = MULTILINE_LAYOUT_FIELDS;
  protected readonly defaultScope = DEFAULT_SCOPE;

  protected readonly catalogue = resource({ loader: () => this.api.catalogue() });
  protected readonly institutions = resource({ loader: () => this.institutionsApi.list() });
  protected readonly templates = computed<readonly CertificateTemplate[]>(() => (this.catalogue.hasValue() ? this.catalogue.value().templates : []));
  /** Each placeholder as it is typed in the text (built here: braces cannot be written in a template). */
  protected readonly placeholders = computed(() =>
    (this.catalogue.hasValue() ? this.catalogue.value().placeholders : []).map((name) => ({ name, token: `{{${name}}}` })),
  );
  protected readonly loadError = computed(() => {
    const error = this.catalogue.error();
    return error ? toPortalError(error) : null;
  });
  private readonly institutionNames = computed(
    () => new Map((this.institutions.hasValue() ? this.institutions.value() : []).map((institution) => [institution.id, institution.name])),
  );

  protected readonly editing = signal<Editing | null>(null);
  protected readonly saving = signal(false);
  protected readonly saved = signal<string | null>(null);
  protected readonly error = signal<PortalError | null>(null);
  protected readonly errorDetails = computed<readonly ErrorAlertDetail[]>(() =>
    (this.error()?.fieldErrors ?? []).map((fieldError) => ({ field: fieldError.field, message: fieldError.message })),
  );

  protected readonly name = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] });
  protected readonly scope = new FormControl(DEFAULT_SCOPE, { nonNullable: true });
  protected readonly layout = signal<LayoutForm | null>(null);
  /** The layout as typed, for the preview. */
  private readonly layoutValue = toSignal(
    toObservable(this.layout).pipe(
      switchMap((form) => (form ? form.valueChanges.pipe(startWith(null), map(() => form.getRawValue() as CertificateLayout)) : of(null))),
    ),
    { initialValue: null },
  );
  protected readonly preview = computed(() => {
    const layout = this.layoutValue();
    if (!layout) return null;
    const values = { ...SAMPLE_VALUES, issuer: layout.issuerName, city: layout.city };
    const fill = (text: string) => fillSample(text, values);
    return {
      heading: fill(layout.heading),
      serialLine: fill(layout.serialLine),
      intro: fill(layout.intro),
      learnerName: SAMPLE_VALUES['learnerName'],
      body: fill(layout.body),
      scoreLine: fill(layout.scoreLine),
      place: [fill(layout.city), '12 Maret 2026'].filter(Boolean).join(', '),
      signatoryTitle: fill(layout.signatoryTitle),
      signatoryName: fill(layout.signatoryName),
      signatoryNip: layout.signatoryNip ? `NIP ${layout.signatoryNip}` : '',
      accentColor: /^#[0-9a-fA-F]{6}$/.test(layout.accentColor) ? layout.accentColor : '#1b5e20',
    };
  });

  protected scopeOf(template: CertificateTemplate): string {
    if (template.courseId) return 'course';
    return template.institutionId ? 'institution' : 'default';
  }

  protected institutionName(id: string | null): string {
    return (id && this.institutionNames().get(id)) || '';
  }

  protected edit(template: CertificateTemplate): void {
    this.open({ id: template.id, courseId: template.courseId }, template.name, template.institutionId ?? DEFAULT_SCOPE, template.layout);
  }

  protected create(): void {
    if (!this.catalogue.hasValue()) return;
    this.open({ id: null, courseId: null }, '', DEFAULT_SCOPE, this.catalogue.value().defaultLayout);
  }

  protected cancel(): void {
    this.editing.set(null);
    this.layout.set(null);
  }

  protected async save(): Promise<void> {
    const editing = this.editing();
    const layout = this.layout();
    if (!editing || !layout) return;
    if (this.name.invalid || layout.invalid) {
      this.name.markAsTouched();
      layout.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    this.saved.set(null);
    try {
      const saved = await this.api.save({
        ...(editing.id ? { id: editing.id } : {}),
        name: this.name.value.trim(),
        courseId: editing.courseId,
        institutionId: editing.courseId ? null : this.scope.value || null,
        layout: layout.getRawValue() as CertificateLayout,
      });
      this.saved.set(saved.name);
      this.editing.set(null);
      this.layout.set(null);
      this.catalogue.reload();
    } catch (failure) {
      this.error.set(toPortalError(failure));
    } finally {
      this.saving.set(false);
    }
  }

  private open(editing: Editing, name: string, scope: string, layout: CertificateLayout): void {
    this.saved.set(null);
    this.error.set(null);
    this.name.reset(name);
    this.scope.reset(scope);
    this.layout.set(layoutForm(layout));
    this.editing.set(editing);
  }
}
