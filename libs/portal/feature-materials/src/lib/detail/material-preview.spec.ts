import { previewMode, sameOriginUrl } from './material-preview.component';

describe('material preview', () => {
  it('chooses how a version can be shown', () => {
    expect(previewMode('DOCUMENT', 'application/pdf', '/f')).toBe('pdf');
    expect(previewMode('DOCUMENT', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '/f')).toBe('none');
    expect(previewMode('VIDEO', 'video/mp4', '/f')).toBe('video');
    expect(previewMode('AUDIO', 'audio/mpeg', '/f')).toBe('audio');
    expect(previewMode('IMAGE', 'image/png', '/f')).toBe('image');
    expect(previewMode('IMAGE', 'image/svg+xml', '/f')).toBe('none');
    expect(previewMode('SCORM', 'application/zip', null)).toBe('scorm');
  });

  it('keeps download URLs on the portal origin', () => {
    expect(sameOriginUrl('/materials/file/t/a.pdf', 'http://localhost:4200')).toBe('http://localhost:4200/materials/file/t/a.pdf');
    expect(sameOriginUrl('https://evil.example/materials/file/t', 'http://localhost:4200')).toBe('http://localhost:4200/materials/file/t');
    expect(sameOriginUrl('javascript:alert(1)', 'http://localhost:4200')).toBeNull();
  });
});
