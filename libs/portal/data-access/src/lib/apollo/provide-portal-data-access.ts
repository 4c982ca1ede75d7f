import { provideHttpClient, withFetch } from '@angular/common/http';
import {
  type EnvironmentProviders,
  Injector,
  inject,
  makeEnvironmentProviders,
  provideAppInitializer,
} from '@angular/core';
import { InMemoryCache } from '@apollo/client/cache';
import { ApolloLink } from '@apollo/client/link';
import { HttpLink } from '@apollo/client/link/http';
import { provideApollo } from 'apollo-angular';
import { AuthStore } from '../auth/auth.store';
import { createSessionLink } from './session.link';

export const GRAPHQL_PATH = '/graphql';

/**
 * The GraphQL client (same origin, so the refresh cookie travels by itself), the session restore that
 * starts with the app, and the progress outbox. Guards wait for the restore; rendering does not.
 */
export function providePortalDataAccess(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideHttpClient(withFetch()),
    provideApollo(() => {
      // The store needs Apollo, so the link asks the injector for it only when a request runs.
      const injector = inject(Injector);
      const sessionLink = createSessionLink({
        accessToken: () => injector.get(AuthStore).accessToken(),
        refreshAccessToken: () => injector.get(AuthStore).refreshAccessToken(),
      });
      return {
        link: ApolloLink.from([sessionLink, new HttpLink({ uri: GRAPHQL_PATH, credentials: 'same-origin' })]),
        cache: new InMemoryCache(),
      };
    }),
    provideAppInitializer(() => {
      void inject(AuthStore).restoreSession();
      // The outbox sends progress an earlier visit left on this device and clears it at sign-out. It is
      // started right away but loaded as its own chunk, so the first page does not wait for it.
      const injector = inject(Injector);
      void import('../progress/progress-outbox.service').then(({ ProgressOutbox }) => injector.get(ProgressOutbox));
    }),
  ]);
}
