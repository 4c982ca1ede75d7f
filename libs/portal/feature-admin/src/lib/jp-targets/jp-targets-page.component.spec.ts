import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { type JpTarget, JpTargetsApi } from '@tunas/portal/data-access/certification';
import { JpTargetsPageComponent } from './jp-targets-page.component';

const TARGETS: JpTarget[] = [
  { asnType: 'PNS', jpHours: 20, configured: false, updatedAt: null },
  { asnType: 'CPNS', jpHours: 20, configured: false, updatedAt: null },
  { asnType: 'PPPK', jpHours: 20, configured: false, updatedAt: null },
];

async function render(set: jest.Mock) {
  await TestBed.configureTestingModule({
    imports: [
      JpTargetsPageComponent,
      TranslocoTestingModule.forRoot({
        langs: { id: {} },
        translocoConfig: { availableLangs: ['id'], defaultLang: 'id', missingHandler: { logMissingKey: false } },
        preloadLangs: true,
      }),
    ],
    providers: [{ provide: JpTargetsApi, useValue: { list: jest.fn().mockResolvedValue(TARGETS), set } }],
  }).compileComponents();
  const fixture = TestBed.createComponent(JpTargetsPageComponent);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await new Promise((done) => setTimeout(done));
    await fixture.whenStable();
  };
  await settle();
  const type = async (asnType: string, value: string) => {
    const input = element.querySelector<HTMLInputElement>(`[data-testid="jp-target-input-${asnType}"]`);
    if (!input) throw new Error(`no input for ${asnType}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const save = async (asnType: string) => {
    element.querySelector<HTMLButtonElement>(`[data-testid="jp-target-save-${asnType}"]`)?.click();
    await settle();
  };
  return { element, type, save };
}

describe('JpTargetsPageComponent', () => {
  it('lists a target per ASN type and saves the one changed', async () => {
    const set = jest.fn().mockResolvedValue({ asnType: 'PPPK', jpHours: 24, configured: true, updatedAt: '2026-03-12T02:00:00.000Z' });
    const { element, type, save } = await render(set);
    expect(element.querySelectorAll('[data-testid^="jp-target-input-"]')).toHaveLength(3);

    await type('PPPK', '24');
    await save('PPPK');

    expect(set).toHaveBeenCalledWith('PPPK', 24);
    expect(element.querySelector('[data-testid="jp-target-saved"]')).not.toBeNull();
  });

  it.each(['-1', '501', '2.5', ''])('does not send %p', async (value) => {
    const set = jest.fn();
    const { element, type, save } = await render(set);

    await type('PNS', value);
    await save('PNS');

    expect(set).not.toHaveBeenCalled();
    expect(element.querySelector('[data-testid="jp-target-PNS"] mat-error')).not.toBeNull();
  });
});
