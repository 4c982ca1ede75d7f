import { Test } from '@nestjs/testing';
import { loadConfig, prepareDatabase } from '@tunas/api/core';
import { createTestDatabase, TEST_DIALECTS, TestDatabase } from '@tunas/shared/testing';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';

describe.each(TEST_DIALECTS)('entities and migrations on %s', (dialect) => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let close: () => Promise<void>;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    const config = loadConfig({ ...database.env, LOG_LEVEL: 'silent', TUNAS_MODE: 'production', JWT_SECRET: 'x'.repeat(40) });
    const prepared = await prepareDatabase(config.database);
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot({ ...config, database: prepared })] }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    dataSource = app.get(DataSource);
    close = () => app.close();
  }, 60_000);

  afterAll(async () => {
    await close?.();
    await database?.drop();
  });

  it('needs no schema change after the migrations ran: the entities describe exactly the migrated tables', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    expect(dataSource.entityMetadatas.length).toBeGreaterThanOrEqual(6);
  });

  it('migrates down to nothing and up again', async () => {
    const migrations = dataSource.migrations.length;
    for (let i = 0; i < migrations; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    const tables = await dataSource.createQueryRunner().getTables(['users']);
    expect(tables).toHaveLength(0);
    await dataSource.runMigrations({ transaction: 'each' });
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries).toHaveLength(0);
    // Every table is dropped and created again: several seconds of DDL on MariaDB.
  }, 60_000);
});
