import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { RunningApi, startApi } from './support/api-process';
import { GraphQLClient } from './support/graphql-client';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as they crossed the wire (fetch would decompress them). */
  body: Buffer;
}

function raw(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const call = request(url, { method: options.method ?? 'GET', headers: options.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    call.on('error', reject);
    call.end(options.body);
  });
}

/** Bytes over a slow link: text is sent gzip-compressed to clients that accept it, ranges are sent as stored. */
describe('response compression', () => {
  let api: RunningApi;
  let token = '';

  beforeAll(async () => {
    api = await startApi('sqlite');
    const client = new GraphQLClient(api.baseUrl);
    await client.login('pelajar@tunas.test');
    token = client.token ?? '';
    expect(token).not.toBe('');
  });
  afterAll(() => api?.stop());

  const catalogue = () => JSON.stringify({ query: '{ courses(page: { limit: 12 }) { total items { id title summary jpHours level topic { name } moduleCount activityCount } } }' });
  const headers = (extra: Record<string, string> = {}) => ({ 'content-type': 'application/json', authorization: `Bearer ${token}`, ...extra });

  it('gzips a GraphQL answer for a client that accepts it, to the same JSON', async () => {
    const plain = await raw(`${api.baseUrl}/graphql`, { method: 'POST', headers: headers(), body: catalogue() });
    const packed = await raw(`${api.baseUrl}/graphql`, { method: 'POST', headers: headers({ 'accept-encoding': 'gzip' }), body: catalogue() });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.body.toString('utf8')).data.courses.total).toBeGreaterThan(0);
    expect(packed.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(packed.body).equals(plain.body)).toBe(true);
    expect(packed.body.length).toBeLessThan(plain.body.length * 0.6);
  });

  it('sends a byte range as stored, with the range it covers', async () => {
    const path = '/files/seed/demo/video-siklus-proyek.vtt';
    const whole = await raw(`${api.baseUrl}${path}`);
    expect(whole.status).toBe(200);
    const part = await raw(`${api.baseUrl}${path}`, { headers: { 'accept-encoding': 'gzip', range: 'bytes=0-9' } });
    expect(part.status).toBe(206);
    expect(part.headers['content-encoding']).toBeUndefined();
    expect(part.headers['content-range']).toBe(`bytes 0-9/${whole.body.length}`);
    expect(part.body.equals(whole.body.subarray(0, 10))).toBe(true);
  });
});
