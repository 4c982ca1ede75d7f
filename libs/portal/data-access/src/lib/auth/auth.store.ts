import { Injectable, computed, inject, signal } from '@angular/core';
import { Apollo } from 'apollo-angular';
import {
  ActivateAccountDocument,
  type AuthSessionFragment,
  ChangePasswordDocument,
  LoginDocument,
  LogoutDocument,
  RefreshSessionDocument,
  type Role,
  type SessionUserFragment,
} from '../generated/graphql';
import type { SessionTokenSource } from '../apollo/session.link';
import { mutateData } from '../apollo/graphql-call.util';

export type SessionUser = SessionUserFragment;

type AuthState =
  | { readonly status: 'restoring' }
  | { readonly status: 'signedOut' }
  | {
      readonly status: 'signedIn';
      readonly accessToken: string;
      readonly expiresAt: string;
      readonly user: SessionUser;
    };

/**
 * The signed-in session. The access token lives only in memory; the refresh token is the
 * httpOnly cookie `tunas_refresh`, which the browser sends to /graphql on its own.
 */
@Injectable({ providedIn: 'root' })
export class AuthStore implements SessionTokenSource {
  private readonly apollo = inject(Apollo);
  private readonly state = signal<AuthState>({ status: 'restoring' });
  private restoring: Promise<void> | null = null;
  private refreshing: Promise<boolean> | null = null;
  private readonly signOutTasks: Array<(userId: string) => Promise<void>> = [];

  readonly status = computed(() => this.state().status);
  readonly isSignedIn = computed(() => this.state().status === 'signedIn');
  readonly user = computed(() => {
    const state = this.state();
    return state.status === 'signedIn' ? state.user : null;
  });
  readonly roles = computed<readonly Role[]>(() => this.user()?.roles ?? []);
  readonly isAdmin = computed(() => this.roles().includes('ADMIN'));

  accessToken(): string | null {
    const state = this.state();
    return state.status === 'signedIn' ? state.accessToken : null;
  }

  hasRole(role: Role): boolean {
    return this.roles().includes(role);
  }

  /** Restores the session from the refresh cookie once; later calls wait for the same answer. */
  restoreSession(): Promise<void> {
    this.restoring ??= this.refreshAccessToken().then(() => undefined);
    return this.restoring;
  }

  refreshAccessToken(): Promise<boolean> {
    this.refreshing ??= mutateData(this.apollo, RefreshSessionDocument, {})
      .then((data) => {
        this.startSession(data.refreshSession);
        return true;
      })
      .catch(() => {
        this.endSession();
        return false;
      })
      .finally(() => {
        this.refreshing = null;
      });
    return this.refreshing;
  }

  async login(identifier: string, password: string): Promise<void> {
    const data = await mutateData(this.apollo, LoginDocument, { input: { identifier: identifier.trim(), password } });
    this.startSession(data.login);
  }

  async activateAccount(token: string, password: string): Promise<void> {
    const data = await mutateData(this.apollo, ActivateAccountDocument, { input: { token, password } });
    this.startSession(data.activateAccount);
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await mutateData(this.apollo, ChangePasswordDocument, { input: { currentPassword, newPassword } });
  }

  /**
   * Runs when the person signs out on purpose (not when a session merely expires): local data kept for
   * them on this device (pending progress) is sent if it can be and then removed, devices being shared.
   */
  registerSignOutTask(task: (userId: string) => Promise<void>): void {
    this.signOutTasks.push(task);
  }

  /** Revokes the refresh token on the server (best effort) and forgets everything locally. */
  async logout(): Promise<void> {
    const user = this.user();
    if (user) {
      // While the session still holds, so a last send can use it.
      await Promise.allSettled(this.signOutTasks.map((task) => task(user.id)));
    }
    try {
      await mutateData(this.apollo, LogoutDocument, {});
    } catch {
      // The local session ends even when the server cannot be reached.
    }
    this.endSession();
  }

  private startSession(payload: AuthSessionFragment): void {
    this.update({
      status: 'signedIn',
      accessToken: payload.accessToken,
      expiresAt: payload.accessTokenExpiresAt,
      user: payload.user,
    });
  }

  private endSession(): void {
    const wasSignedIn = this.isSignedIn();
    this.update({ status: 'signedOut' });
    if (wasSignedIn) {
      // Cached data belongs to the person who just left (devices are shared).
      void this.apollo.client.clearStore();
    }
  }

  private update(next: AuthState): void {
    this.state.set(next);
  }
}
