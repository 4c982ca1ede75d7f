import { Test } from '@nestjs/testing';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { loadConfig, POLICY_KEY, prepareDatabase } from '@tunas/api/core';
import { createTestDatabase, TestDatabase } from '@tunas/shared/testing';
import { AppModule } from './app.module';

/** Every query and mutation of the running application declares who may call it. */
describe('the live application', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
  });
  afterAll(() => database?.drop());

  it('declares a policy on every GraphQL query and mutation', async () => {
    const config = loadConfig({ ...database.env, LOG_LEVEL: 'silent' });
    await prepareDatabase(config.database);
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)], providers: [DiscoveryService, MetadataScanner] }).compile();
    const discovery = moduleRef.get(DiscoveryService);
    const scanner = moduleRef.get(MetadataScanner);
    const operations: string[] = [];
    const missing: string[] = [];
    for (const wrapper of discovery.getProviders()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || !wrapper.metatype) continue;
      for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
        const handler = (instance as Record<string, unknown>)[name] as object;
        const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
        if (type !== 'Query' && type !== 'Mutation') continue;
        operations.push(`${type}.${name}`);
        const policy = Reflect.getMetadata(POLICY_KEY, handler) ?? Reflect.getMetadata(POLICY_KEY, wrapper.metatype);
        if (!policy) missing.push(`${wrapper.name}.${name}`);
      }
    }
    expect(operations).toEqual(expect.arrayContaining(['Mutation.login', 'Query.me', 'Query.users', 'Mutation.importUsers']));
    expect(missing).toEqual([]);
    await moduleRef.close();
  });
});
