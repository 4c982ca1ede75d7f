import { DynamicModule, Global, Module } from '@nestjs/common';
import { ACTIVITY_TYPES, ActivityTypeRegistry } from './activity-type.registry';
import { AnyServerActivityType } from './server-activity-type';

/** Installs the activity types listed in apps/api/src/plugins.ts; the only place that knows them. */
@Global()
@Module({})
export class ActivityPluginsModule {
  static register(types: readonly AnyServerActivityType[]): DynamicModule {
    return {
      module: ActivityPluginsModule,
      providers: [{ provide: ACTIVITY_TYPES, useValue: types }, ActivityTypeRegistry],
      exports: [ActivityTypeRegistry],
    };
  }
}
