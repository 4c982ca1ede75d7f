import { describeActivityTypeContract } from '@tunas/shared/plugin-sdk/testing';
import { documentActivity } from './document.activity';

describeActivityTypeContract(documentActivity, {
  validContent: [{ url: '/files/seed/register-risiko.pdf', fileName: 'register-risiko.pdf', mimeType: 'application/pdf', sizeBytes: 52_000 }],
  invalidContent: [
    { content: { url: 'javascript:alert(1)', fileName: 'x.pdf', mimeType: 'application/pdf' }, why: 'script URL' },
    { content: { url: '/files/a.exe', fileName: 'a.exe', mimeType: 'application/x-msdownload' }, why: 'not a document type' },
    { content: { url: '/files/a.pdf', fileName: '', mimeType: 'application/pdf' }, why: 'empty file name' },
  ],
  states: [
    { state: { opened: false }, completion: 0 },
    { state: { opened: true }, completion: 1 },
  ],
  invalidStates: [{}],
});
