import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore, LOGIN_PATH, LanguageStore, NotificationsStore, type PortalLanguage } from '@tunas/portal/data-access';
import { LanguageSwitchComponent } from './shell/language-switch.component';
import { filter, map } from 'rxjs';
import { navItemsFor } from './navigation/nav-items';

/** Below this width the navigation is a drawer over the content (phones, small tablets). */
const HANDSET_QUERY = '(max-width: 839.98px)';
const PUBLIC_PATHS = [LOGIN_PATH, '/aktivasi'];
/** How often the bell re-reads the unread count while a page stays open. */
const NOTIFICATION_POLL_MS = 60_000;

@Component({
  selector: 'tunas-root',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbarModule,
    MatSidenavModule,
    MatIconModule,
    MatButtonModule,
    MatMenuModule,
    TranslocoPipe,
    LanguageSwitchComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App {
  private readonly auth = inject(AuthStore);
  private readonly languageStore = inject(LanguageStore);
  private readonly router = inject(Router);
  private readonly notifications = inject(NotificationsStore);
  private readonly main = viewChild<ElementRef<HTMLElement>>('main');

  protected readonly isHandset = toSignal(
    inject(BreakpointObserver)
      .observe(HANDSET_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly user = this.auth.user;
  protected readonly isSignedIn = this.auth.isSignedIn;
  protected readonly isRestoring = computed(() => this.auth.status() === 'restoring');
  protected readonly navItems = computed(() => navItemsFor(this.auth.roles()));
  protected readonly language = this.languageStore.language;
  protected readonly languages = this.languageStore.languages;
  protected readonly drawerOpen = signal(false);
  protected readonly sidenavMode = computed(() => (this.isHandset() ? 'over' : 'side'));
  protected readonly sidenavOpened = computed(() => !this.isHandset() || this.drawerOpen());
  protected readonly unreadNotifications = this.notifications.unreadCount;
  protected readonly unreadBadge = computed(() => (this.unreadNotifications() > 99 ? '99+' : String(this.unreadNotifications())));

  constructor() {
    this.router.events
      .pipe(
        filter((event): event is NavigationEnd => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe((event) => this.afterNavigation(event));

    // A session can end without anyone pressing "Keluar" (refresh refused, revoked elsewhere).
    effect(() => {
      if (this.auth.status() === 'signedOut') {
        untracked(() => this.leaveProtectedPage());
      }
    });

    // The bell's count: on sign-in, after each navigation and now and then; forgotten on sign-out.
    effect((onCleanup) => {
      if (!this.isSignedIn()) {
        untracked(() => this.notifications.reset());
        return;
      }
      untracked(() => void this.notifications.refreshUnread());
      const timer = setInterval(() => void this.notifications.refreshUnread(), NOTIFICATION_POLL_MS);
      onCleanup(() => clearInterval(timer));
    });
  }

  protected selectLanguage(language: string): void {
    this.languageStore.select(language as PortalLanguage);
  }

  protected toggleDrawer(): void {
    this.drawerOpen.update((open) => !open);
  }

  protected closeDrawer(): void {
    this.drawerOpen.set(false);
  }

  protected skipToContent(event: Event): void {
    // A plain #fragment link would go through the router and reload the page at "/".
    event.preventDefault();
    this.main()?.nativeElement.focus();
  }

  protected async logout(): Promise<void> {
    await this.auth.logout();
    await this.router.navigateByUrl(LOGIN_PATH);
  }

  private afterNavigation(event: NavigationEnd): void {
    this.drawerOpen.set(false);
    if (this.isSignedIn() && event.id > 1) {
      void this.notifications.refreshUnread();
    }
    // Move focus to the new page so screen readers start reading it (not on the first load).
    if (event.id > 1) {
      this.main()?.nativeElement.focus({ preventScroll: true });
    }
  }

  private leaveProtectedPage(): void {
    const path = this.router.url.split('?')[0];
    if (this.router.navigated && !PUBLIC_PATHS.includes(path)) {
      void this.router.navigate([LOGIN_PATH]);
    }
  }
}
