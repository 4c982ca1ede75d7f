import { describeActivityTypeContract } from '@tunas/shared/plugin-sdk/testing';
import { documentActivity } from './document.activity';

describeActivityTypeContract(documentActivity, {
  validContent: [
    { url: '/files/seed/register-risiko.pdf', fileName: 'register-risiko.pdf', mimeType: 'application/pdf', sizeBytes: 52_000 },
    { materialVersionId: '7d9f1c2a-4b3e-4f6a-9c8d-1e2f3a4b5c6d', fileName: 'daftar-periksa.pdf', mimeType: 'application/pdf' },
  ],
  invalidContent: [
    { content: { url: 'javascript:alert(1)', fileName: 'x.pdf', mimeType: 'application/pdf' }, why: 'script URL' },
    { content: { url: '/files/a.exe', fileName: 'a.exe', mimeType: 'application/x-msdownload' }, why: 'not a document type' },
    { content: { url: '/files/a.pdf', fileName: '', mimeType: 'application/pdf' }, why: 'empty file name' },
    { content: { url: '/files/a.pdf', materialVersionId: '7d9f1c2a-4b3e-4f6a-9c8d-1e2f3a4b5c6d', fileName: 'a.pdf', mimeType: 'application/pdf' }, why: 'an address and a library material' },
    { content: { fileName: 'a.pdf', mimeType: 'application/pdf' }, why: 'neither an address nor a library material' },
    { content: { materialVersionId: '../../etc', fileName: 'a.pdf', mimeType: 'application/pdf' }, why: 'a library reference that is no id' },
  ],
  states: [
    { state: { opened: false }, completion: 0 },
    { state: { opened: true }, completion: 1 },
  ],
  invalidStates: [{}],
});
