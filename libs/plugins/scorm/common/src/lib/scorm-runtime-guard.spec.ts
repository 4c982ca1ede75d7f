import { guardScorm12Api, guardScorm2004Api, GuardableScorm12Api, GuardableScorm2004Api } from './scorm-runtime-guard';

// The real runtimes: scorm-again's IIFE builds load under Jest's CommonJS loader.
const { Scorm12API } = require('scorm-again/scorm12') as { Scorm12API: new (settings: object) => Scorm12 };
const { Scorm2004API } = require('scorm-again/scorm2004') as { Scorm2004API: new (settings: object) => Scorm2004 };

interface Scorm12 extends GuardableScorm12Api {
  LMSInitialize(arg: string): string;
  LMSFinish(arg: string): string;
  LMSGetLastError(): string;
  cmi: { toJSON(): Record<string, unknown> };
}
interface Scorm2004 extends GuardableScorm2004Api {
  Initialize(arg: string): string;
  Terminate(arg: string): string;
  GetLastError(): string;
  cmi: { toJSON(): Record<string, unknown> };
}

const settings = { autocommit: false, lmsCommitUrl: false, logLevel: 5 };

describe('SCORM runtime guard', () => {
  it('scorm-again alone lets a SCO overwrite the whole 1.2 data model (why the guard exists)', () => {
    const api = new Scorm12API(settings);
    api.LMSInitialize('');
    expect(api.LMSSetValue('cmi.core', 'x')).toBe('true');
    expect(() => api.LMSFinish('')).toThrow(TypeError);
  });

  it('refuses container elements in 1.2 with 201 and keeps the data', () => {
    const api = guardScorm12Api(new Scorm12API(settings));
    api.LMSInitialize('');
    expect(api.LMSSetValue('cmi.core.lesson_location', 'page-3')).toBe('true');
    for (const element of ['cmi', 'cmi.core', 'cmi.core.score', 'cmi.objectives', 'cmi.interactions.0', 'cmi.student_data']) {
      expect(api.LMSSetValue(element, 'x')).toBe('false');
      expect(api.LMSGetLastError()).toBe('201');
      expect(api.LMSGetValue(element)).toBe('');
    }
    expect(api.LMSGetValue('cmi.core.lesson_location')).toBe('page-3');
    expect(api.LMSFinish('')).toBe('true');
  });

  it('refuses container elements in 2004 with 401 and keeps the data', () => {
    const api = guardScorm2004Api(new Scorm2004API(settings));
    api.Initialize('');
    expect(api.SetValue('cmi.location', 'page-3')).toBe('true');
    for (const element of ['cmi', 'adl', 'cmi.interactions', 'cmi.comments_from_learner.0', 'cmi.score', 'adl.data']) {
      expect(api.SetValue(element, 'x')).toBe('false');
      expect(api.GetLastError()).toBe('401');
    }
    expect(api.GetValue('cmi.location')).toBe('page-3');
    expect(api.Terminate('')).toBe('true');
  });
});
