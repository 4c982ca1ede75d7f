import { describeActivityTypeContract } from '@tunas/shared/plugin-sdk/testing';
import { scormActivity, scormContentSchema, scormLearnerContent } from './scorm.activity';

const materialVersionId = '3c9a1d2e-4b5f-4a6c-8d7e-9f0a1b2c3d4e';
const content = { materialVersionId, version: '2004', launchItem: 'item_1', launch: 'shared/launchpage.html?content=playing', title: 'Golf Explained' };

describeActivityTypeContract(scormActivity, {
  validContent: [content, { ...content, version: '1.2', launch: 'index.html', completionRule: 'passed', masteryScore: 0.8 }],
  invalidContent: [
    { content: { ...content, launch: '../../etc/passwd' }, why: 'launch path leaves the package' },
    { content: { ...content, launch: '/index.html' }, why: 'absolute launch path' },
    { content: { ...content, launch: 'javascript:alert(1)' }, why: 'script URL' },
    { content: { ...content, version: '1.3' }, why: 'unknown SCORM version' },
    { content: { ...content, materialVersionId: 'x' }, why: 'material version is not a UUID' },
    { content: { ...content, masteryScore: 80 }, why: 'mastery score not scaled' },
  ],
  states: [
    { state: { attempts: 0, completionStatus: 'not attempted', successStatus: 'unknown', scoreScaled: null, location: null }, completion: 0 },
    { state: { attempts: 1, completionStatus: 'incomplete', successStatus: 'unknown', scoreScaled: null, location: 'page-3' }, completion: 0.5 },
    { state: { attempts: 1, completionStatus: 'incomplete', successStatus: 'passed', scoreScaled: 0.9, location: 'quiz' }, completion: 1 },
    { state: { attempts: 2, completionStatus: 'completed', successStatus: 'failed', scoreScaled: 0.4, location: null }, completion: 1 },
  ],
  invalidStates: [{}, { attempts: 1, completionStatus: 'done', successStatus: 'unknown', scoreScaled: null, location: null }, { attempts: 1, completionStatus: 'completed', successStatus: 'passed', scoreScaled: 1.5, location: null }],
});

describe('SCORM activity', () => {
  it('is written by the server only', () => {
    expect(scormActivity.serverOwnedState).toBe(true);
  });

  it('completes by the rule the trainer chose', () => {
    const passedOnly = scormContentSchema.parse({ ...content, completionRule: 'passed' });
    const completedOnly = scormContentSchema.parse({ ...content, completionRule: 'completed' });
    const completedButFailed = { attempts: 1, completionStatus: 'completed' as const, successStatus: 'failed' as const, scoreScaled: 0.3, location: null };
    expect(scormActivity.completion(passedOnly, completedButFailed)).toBe(0);
    expect(scormActivity.completion(completedOnly, completedButFailed)).toBe(1);
  });

  it('defaults to completed-or-passed and shows learners no material id', () => {
    const parsed = scormContentSchema.parse(content);
    expect(parsed.completionRule).toBe('completed-or-passed');
    expect(JSON.stringify(scormLearnerContent(parsed))).not.toContain(materialVersionId);
  });
});
