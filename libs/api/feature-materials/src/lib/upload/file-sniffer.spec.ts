import { MaterialsException } from '../materials.exception';
import { matchDetected } from './file-sniffer';

describe('matchDetected', () => {
  it('accepts a PDF document and Office formats by their detected type', () => {
    expect(matchDetected('document', 'modul.pdf', { ext: 'pdf', mime: 'application/pdf' })).toEqual({ detected: 'pdf', contentType: 'application/pdf', fileName: 'modul.pdf' });
    expect(matchDetected('slides', 'paparan.pptx', { ext: 'pptx', mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' }).detected).toBe('pptx');
    expect(matchDetected('audio', 'wawancara.m4a', { ext: 'm4a', mime: 'audio/x-m4a' }).contentType).toBe('audio/mp4');
  });

  it('adds the extension of the detected type when the name has none', () => {
    expect(matchDetected('image', 'peta', { ext: 'png', mime: 'image/png' }).fileName).toBe('peta.png');
  });

  it.each([
    ['document', 'modul.pdf', { ext: 'exe', mime: 'application/x-msdownload' }, /contains EXE data/],
    ['document', 'modul.pdf', null, /not a recognised document file/],
    ['document', 'modul.pdf', { ext: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }, /named \.pdf but contains DOCX/],
    ['image', 'foto.png', { ext: 'pdf', mime: 'application/pdf' }, /not accepted as image/],
    ['scorm', 'paket.zip', { ext: 'pdf', mime: 'application/pdf' }, /not accepted as scorm/],
  ] as const)('refuses %s %j detected as %j', (kind, name, detected, message) => {
    expect(() => matchDetected(kind, name, detected)).toThrow(MaterialsException);
    expect(() => matchDetected(kind, name, detected)).toThrow(message);
  });
});
