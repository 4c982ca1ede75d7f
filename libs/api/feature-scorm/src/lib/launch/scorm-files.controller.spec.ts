import { packagePath } from './scorm-files.controller';

describe('SCORM package paths', () => {
  it('keeps a path inside the package', () => {
    expect(packagePath('/scorm/t0k/shared/launchpage.html', 't0k')).toBe('shared/launchpage.html');
    expect(packagePath('/scorm/t0k/Playing/Par.html', 't0k')).toBe('Playing/Par.html');
  });

  it('refuses traversal, encoded slashes, empty segments and other tokens', () => {
    for (const path of ['/scorm/t0k/../secret', '/scorm/t0k/%2e%2e/%2e%2e/etc/passwd', '/scorm/t0k/a%2f..%2f..%2fb', '/scorm/t0k/a//b', '/scorm/t0k/', '/scorm/other/a.html', '/scorm/t0k/%E0%A4%A']) {
      expect(packagePath(path, 't0k')).toBeNull();
    }
  });
});
