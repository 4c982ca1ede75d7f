import { Injectable } from '@nestjs/common';
import { RateLimitStore } from '@tunas/api/core';
import { IdentityException, IdentityExceptionCode } from '../identity.exception';

/** Failed logins per account and per client address, counted across replicas when Redis is configured. */
const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES_PER_ACCOUNT = 5;
const MAX_FAILURES_PER_ADDRESS = 50;

@Injectable()
export class LoginThrottleService {
  constructor(private readonly store: RateLimitStore) {}

  async assertAllowed(identifier: string, address: string): Promise<void> {
    const [account, client] = await Promise.all([this.store.count(accountKey(identifier)), this.store.count(addressKey(address))]);
    if (account >= MAX_FAILURES_PER_ACCOUNT || client >= MAX_FAILURES_PER_ADDRESS) {
      throw new IdentityException(
        IdentityExceptionCode.TooManyLoginAttempts,
        'Too many failed sign-in attempts; wait 15 minutes and try again',
      );
    }
  }

  async recordFailure(identifier: string, address: string): Promise<void> {
    await Promise.all([this.store.hit(accountKey(identifier), WINDOW_MS), this.store.hit(addressKey(address), WINDOW_MS)]);
  }

  async recordSuccess(identifier: string): Promise<void> {
    await this.store.reset(accountKey(identifier));
  }
}

const accountKey = (identifier: string) => `login:account:${identifier.trim().toLowerCase()}`;
const addressKey = (address: string) => `login:address:${address}`;
