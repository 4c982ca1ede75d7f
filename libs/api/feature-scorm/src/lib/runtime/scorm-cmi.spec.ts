import { CmiProblem, durationSeconds, normaliseCmi, parseCmi, resumeData, timespanSeconds } from './scorm-cmi';

describe('SCORM runtime data', () => {
  it('splits a SCORM 1.2 lesson status into completion and success and scales the raw score', () => {
    const cmi = parseCmi('1.2', JSON.stringify({ cmi: { core: { lesson_status: 'passed', lesson_location: 'p3', session_time: '00:01:05.5', score: { raw: '85', min: '', max: '' } }, suspend_data: 'x' } }));
    expect(normaliseCmi('1.2', cmi)).toEqual({ completionStatus: 'completed', successStatus: 'passed', scoreScaled: 0.85, scoreRaw: 85, location: 'p3', sessionSeconds: 65.5 });
  });

  it('decides success by the mastery score when a completed package reports only a score', () => {
    const cmi = parseCmi('1.2', JSON.stringify({ cmi: { core: { lesson_status: 'completed', score: { raw: '40', min: '0', max: '50' } } } }));
    expect(normaliseCmi('1.2', cmi, 0.9).successStatus).toBe('failed');
    expect(normaliseCmi('1.2', cmi, 0.75).successStatus).toBe('passed');
  });

  it('keeps SCORM 2004 statuses and prefers the scaled score', () => {
    const cmi = parseCmi('2004', JSON.stringify({ cmi: { completion_status: 'incomplete', success_status: 'unknown', location: 'page-2', session_time: 'PT1H2M3S', score: { scaled: '0.5', raw: '9', min: '0', max: '10' } } }));
    expect(normaliseCmi('2004', cmi)).toEqual({ completionStatus: 'incomplete', successStatus: 'unknown', scoreScaled: 0.5, scoreRaw: 9, location: 'page-2', sessionSeconds: 3723 });
  });

  it('refuses data that is not a bounded SCORM data model', () => {
    expect(() => parseCmi('2004', 'not json')).toThrow(CmiProblem);
    expect(() => parseCmi('2004', JSON.stringify({ cmi: 'x' }))).toThrow(/"cmi" object/);
    expect(() => parseCmi('2004', JSON.stringify({ cmi: {}, evil: {} }))).toThrow(/not a SCORM data model root/);
    expect(() => parseCmi('2004', JSON.stringify({ cmi: { 'bad name': '1' } }))).toThrow(/not a SCORM data model name/);
    expect(() => parseCmi('1.2', JSON.stringify({ cmi: { suspend_data: 'x'.repeat(4097) } }))).toThrow(/allows 4096/);
    expect(() => parseCmi('2004', JSON.stringify({ cmi: { suspend_data: 'x'.repeat(64_000) } }))).not.toThrow();
    expect(() => parseCmi('2004', 'x'.repeat(300_000))).toThrow(/more than/);
  });

  it('reads both time formats', () => {
    expect(timespanSeconds('0001:30:00')).toBe(5400);
    expect(durationSeconds('P1DT0.25S')).toBe(86400.25);
    expect(durationSeconds('nonsense')).toBe(0);
  });

  it('resumes without the previous session time and with the total the server kept', () => {
    const data = { cmi: { core: { lesson_location: 'p2', session_time: '00:01:00', exit: 'suspend', entry: 'ab-initio' }, suspend_data: 'state' } };
    expect(resumeData('1.2', data, 3661)).toEqual({ cmi: { core: { lesson_location: 'p2', total_time: '0001:01:01' }, suspend_data: 'state' } });
    expect(data.cmi.core.session_time).toBe('00:01:00');
  });
});
