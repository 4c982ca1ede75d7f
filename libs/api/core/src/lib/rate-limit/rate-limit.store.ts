import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/**
 * Fixed-window counters shared by every replica when Redis is configured (REDIS_URL),
 * kept in process memory otherwise (one replica).
 */
export abstract class RateLimitStore {
  /** Adds one hit to `key` and returns the hits in the current window. */
  abstract hit(key: string, windowMs: number): Promise<number>;
  abstract count(key: string): Promise<number>;
  abstract reset(key: string): Promise<void>;
}

export class MemoryRateLimitStore extends RateLimitStore {
  private readonly windows = new Map<string, { hits: number; expiresAt: number }>();

  async hit(key: string, windowMs: number): Promise<number> {
    const now = Date.now();
    this.sweep(now);
    const window = this.windows.get(key);
    if (!window || window.expiresAt <= now) {
      this.windows.set(key, { hits: 1, expiresAt: now + windowMs });
      return 1;
    }
    window.hits += 1;
    return window.hits;
  }

  async count(key: string): Promise<number> {
    const window = this.windows.get(key);
    return window && window.expiresAt > Date.now() ? window.hits : 0;
  }

  async reset(key: string): Promise<void> {
    this.windows.delete(key);
  }

  private sweep(now: number): void {
    if (this.windows.size < 10_000) return;
    for (const [key, window] of this.windows) if (window.expiresAt <= now) this.windows.delete(key);
  }
}

export class RedisRateLimitStore extends RateLimitStore implements OnModuleDestroy {
  constructor(private readonly redis: Redis) {
    super();
  }

  async hit(key: string, windowMs: number): Promise<number> {
    const result = await this.redis.multi().incr(key).pexpire(key, windowMs, 'NX').exec();
    const hits = result?.[0]?.[1];
    return typeof hits === 'number' ? hits : Number(hits ?? 0);
  }

  async count(key: string): Promise<number> {
    return Number((await this.redis.get(key)) ?? 0);
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(key);
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit();
  }
}

@Injectable()
export class RateLimitStoreFactory {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  create(): RateLimitStore {
    if (!this.config.redisUrl) return new MemoryRateLimitStore();
    return new RedisRateLimitStore(new Redis(this.config.redisUrl, { keyPrefix: 'tunas:rl:', maxRetriesPerRequest: 2, enableOfflineQueue: false }));
  }
}
