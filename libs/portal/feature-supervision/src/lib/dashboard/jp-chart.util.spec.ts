import { barsByCompetencyType, barsByUnit } from './jp-chart.util';

describe('barsByUnit', () => {
  it('orders units by average JP and scales the longest bar to 100%', () => {
    const bars = barsByUnit([
      { unitId: 'a', unitName: 'Kelurahan Petuk Barunai', people: 2, reached: 0, behind: 2, averageJp: 5, totalJp: 10 },
      { unitId: 'b', unitName: 'Kecamatan Rakumpit', people: 1, reached: 1, behind: 0, averageJp: 20, totalJp: 20 },
    ]);
    expect(bars.map((bar) => [bar.id, bar.value, bar.percent])).toEqual([
      ['b', 20, 100],
      ['a', 5, 25],
    ]);
  });

  it('names people without a unit through a translation key and rounds averages to one decimal', () => {
    const [bar] = barsByUnit([{ unitId: null, unitName: null, people: 3, reached: 0, behind: 3, averageJp: 3.3333, totalJp: 10 }]);
    expect(bar).toEqual({ id: 'none', label: '', labelKey: 'supervision.chart.noUnit', value: 3.3, percent: 100 });
  });

  it('draws empty bars rather than dividing by zero when nobody has JP', () => {
    expect(barsByUnit([{ unitId: 'a', unitName: 'A', people: 1, reached: 0, behind: 1, averageJp: 0, totalJp: 0 }])[0].percent).toBe(0);
  });
});

describe('barsByCompetencyType', () => {
  it('always shows the three competency types in a fixed order, 0 where nothing was completed', () => {
    const bars = barsByCompetencyType([{ competencyType: 'MANAJERIAL', jp: 8, completions: 2, people: 1 }]);
    expect(bars.map((bar) => [bar.id, bar.labelKey, bar.value, bar.percent])).toEqual([
      ['TEKNIS', 'supervision.competency.TEKNIS', 0, 0],
      ['MANAJERIAL', 'supervision.competency.MANAJERIAL', 8, 100],
      ['SOSIAL_KULTURAL', 'supervision.competency.SOSIAL_KULTURAL', 0, 0],
    ]);
  });

  it('keeps a type it does not know, labelled as the API named it', () => {
    const bars = barsByCompetencyType([{ competencyType: 'LAINNYA', jp: 4, completions: 1, people: 1 }]);
    expect(bars.at(-1)).toEqual({ id: 'LAINNYA', label: 'LAINNYA', labelKey: null, value: 4, percent: 100 });
  });
});
