import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { JpProgressRingComponent } from './jp-progress-ring.component';

async function render(done: number, target: number): Promise<SVGElement> {
  await TestBed.configureTestingModule({
    imports: [
      JpProgressRingComponent,
      TranslocoTestingModule.forRoot({
        langs: { id: { learning: { ring: { label: '{{ done }} dari {{ target }} JP', ofTarget: 'dari {{ target }} JP' } } } },
        translocoConfig: { availableLangs: ['id'], defaultLang: 'id' },
        preloadLangs: true,
      }),
    ],
  }).compileComponents();
  const fixture = TestBed.createComponent(JpProgressRingComponent);
  fixture.componentRef.setInput('done', done);
  fixture.componentRef.setInput('target', target);
  await fixture.whenStable();
  return (fixture.nativeElement as HTMLElement).querySelector('svg') as SVGElement;
}

const offsetOf = (ring: SVGElement) => Number(ring.querySelector('.jp-ring__value')?.getAttribute('stroke-dashoffset'));
const circumferenceOf = (ring: SVGElement) => Number(ring.querySelector('.jp-ring__value')?.getAttribute('stroke-dasharray'));

describe('JpProgressRingComponent', () => {
  it('is one image that says how many JP of the target are done', async () => {
    const ring = await render(12, 20);

    expect(ring.getAttribute('role')).toBe('img');
    expect(ring.getAttribute('aria-label')).toBe('12 dari 20 JP');
    expect(Array.from(ring.querySelectorAll('text')).every((text) => text.getAttribute('aria-hidden') === 'true')).toBe(true);
  });

  it('fills the share of the target reached', async () => {
    const ring = await render(12, 20);

    expect(offsetOf(ring)).toBeCloseTo(circumferenceOf(ring) * 0.4);
  });

  it('stays full, and marked reached, past the target', async () => {
    const ring = await render(26, 20);

    expect(offsetOf(ring)).toBeCloseTo(0);
    expect(ring.querySelector('.jp-ring__value--reached')).not.toBeNull();
    expect(ring.getAttribute('aria-label')).toBe('26 dari 20 JP');
  });

  it('shows an empty ring with no JP yet', async () => {
    const ring = await render(0, 20);

    expect(offsetOf(ring)).toBeCloseTo(circumferenceOf(ring));
  });
});
