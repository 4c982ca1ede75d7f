import { describeActivityTypeContract } from '@tunas/shared/plugin-sdk/testing';
import { linkActivity } from './link.activity';

describeActivityTypeContract(linkActivity, {
  validContent: [{ url: 'https://peraturan.bpk.go.id/', description: 'Basis data peraturan' }, { url: 'http://example.go.id/panduan' }],
  invalidContent: [
    { content: { url: 'javascript:alert(1)' }, why: 'script URL' },
    { content: { url: 'ftp://files.example/x' }, why: 'not http(s)' },
    { content: { description: 'no url' }, why: 'missing url' },
  ],
  states: [
    { state: { visited: false }, completion: 0 },
    { state: { visited: true }, completion: 1 },
  ],
  invalidStates: [{ visited: 1 }],
});
