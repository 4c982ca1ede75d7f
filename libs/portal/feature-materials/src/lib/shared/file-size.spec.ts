import { formatFileSize } from './file-size.pipe';

describe('formatFileSize', () => {
  it('writes sizes the way each language does', () => {
    expect(formatFileSize(512, 'id')).toBe('512 B');
    expect(formatFileSize(4.25 * 1024 * 1024, 'id')).toBe('4,3 MB');
    expect(formatFileSize(4.25 * 1024 * 1024, 'en')).toBe('4.3 MB');
    expect(formatFileSize(1024 ** 3, 'en')).toBe('1 GB');
  });
});
