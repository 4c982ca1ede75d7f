import { type AppConfig, MemoryRateLimitStore } from '@tunas/api/core';
import { mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MaterialUploadService } from './material-upload.service';
import { TusUploadServer, uploadIdOwner } from './tus-upload.server';

describe('TusUploadServer', () => {
  it('reads the owner and kind from an upload id, and nothing from anything else', () => {
    const userId = '0b7c3f4e-9a51-4d2e-8f3a-1c2d3e4f5a6b';
    expect(uploadIdOwner(`${userId}_video_${'a'.repeat(32)}`)).toEqual({ userId, kind: 'video' });
    expect(uploadIdOwner(`${userId}_exe_${'a'.repeat(32)}`)).toBeNull();
    expect(uploadIdOwner(`../${userId}_video_${'a'.repeat(32)}`)).toBeNull();
    expect(uploadIdOwner('anything')).toBeNull();
  });

  it('sweeps staged uploads untouched for a day and keeps the others', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tunas-staging-'));
    const staging = join(dataDir, 'uploads-staging');
    mkdirSync(staging);
    for (const name of ['stale', 'stale.json', 'fresh', 'fresh.json']) writeFileSync(join(staging, name), 'x');
    const twoDaysAgo = new Date(Date.now() - 48 * 3600 * 1000);
    for (const name of ['stale', 'stale.json']) utimesSync(join(staging, name), twoDaysAgo, twoDaysAgo);
    const server = new TusUploadServer({ dataDir, trustProxy: false } as AppConfig, {} as MaterialUploadService, new MemoryRateLimitStore());
    expect(await server.sweepExpired()).toBe(2);
    expect(readdirSync(staging).sort()).toEqual(['fresh', 'fresh.json']);
  });
});
