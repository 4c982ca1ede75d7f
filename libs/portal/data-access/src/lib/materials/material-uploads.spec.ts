import type { DetailedError, HttpResponse } from 'tus-js-client';
import { expiresWithin, shouldRetry, uploadFailure, uploadedMaterial } from './material-uploads.service';
import { readScormSummary } from './scorm-summary';

function response(status: number, body: string): HttpResponse {
  return { getStatus: () => status, getHeader: () => undefined, getBody: () => body, getUnderlyingObject: () => null };
}

function httpError(status: number, body = ''): DetailedError {
  return Object.assign(new Error('tus: unexpected response'), {
    originalRequest: null as never,
    originalResponse: response(status, body),
    causingError: null,
  });
}

function token(expSeconds: number): string {
  const payload = btoa(JSON.stringify({ sub: 'u', exp: expSeconds })).replace(/=+$/, '');
  return `header.${payload}.signature`;
}

describe('material uploads', () => {
  it('reads the ids the API answers to the last PATCH', () => {
    expect(uploadedMaterial('{"materialId":"m1","versionId":"v1"}')).toEqual({ materialId: 'm1', versionId: 'v1' });
    expect(uploadedMaterial('')).toBeNull();
  });

  it('shows the message of a refused file', () => {
    const failure = uploadFailure(httpError(422, '{"error":{"code":"CONTENT_MISMATCH","message":"The file is not a PDF"}}'));
    expect(failure).toEqual({ type: 'refused', status: 422, code: 'CONTENT_MISMATCH', message: 'The file is not a PDF' });
  });

  it('tells a lost connection from a refusal', () => {
    expect(uploadFailure(new Error('tus: failed to upload chunk'))).toEqual({ type: 'network', message: 'tus: failed to upload chunk' });
    expect(uploadFailure(httpError(401))).toEqual({ type: 'unauthenticated' });
  });

  it('retries what a flaky link causes and a lapsed session, never a refused file', () => {
    const renew = jest.fn().mockResolvedValue(true);
    expect(shouldRetry(httpError(0), renew)).toBe(true);
    expect(shouldRetry(httpError(502), renew)).toBe(true);
    expect(shouldRetry(httpError(409), renew)).toBe(true);
    expect(shouldRetry(httpError(413), renew)).toBe(false);
    expect(shouldRetry(httpError(422), renew)).toBe(false);
    expect(shouldRetry(httpError(401), renew)).toBe(true);
    expect(renew).toHaveBeenCalledTimes(1);
  });

  it('renews a token that lapses within the margin', () => {
    const now = Date.UTC(2026, 0, 1);
    expect(expiresWithin(token(now / 1000 + 30), 60_000, now)).toBe(true);
    expect(expiresWithin(token(now / 1000 + 600), 60_000, now)).toBe(false);
    expect(expiresWithin('not-a-jwt', 60_000, now)).toBe(true);
  });

  it('reads a SCORM package summary tolerantly', () => {
    expect(
      readScormSummary({
        version: '2004',
        title: 'Golf Explained',
        launchables: [{ itemIdentifier: 'i1', title: 'Playing', launch: 'shared/launchpage.html', scormType: 'sco' }, 'junk'],
        fileCount: 42,
      }),
    ).toEqual({ title: 'Golf Explained', version: '2004', launchables: [{ title: 'Playing', launch: 'shared/launchpage.html' }], fileCount: 42 });
    expect(readScormSummary(null)).toBeNull();
  });
});
