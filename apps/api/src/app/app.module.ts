import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  AppConfig,
  AppConfigModule,
  buildDataSourceOptions,
  CoreModule,
  createValidationPipe,
  formatGraphQLError,
  GraphQLRequestContext,
  PolicyGuard,
  QueryCountingLogger,
  queryLimitsPlugin,
} from '@tunas/api/core';
import { AuditModule } from '@tunas/api/feature-audit';
import { CertificatesModule } from '@tunas/api/feature-certificates';
import { CoursesModule } from '@tunas/api/feature-courses';
import { IdentityModule } from '@tunas/api/feature-identity';
import { LearningRecordModule } from '@tunas/api/feature-learning-record';
import { MaterialsModule } from '@tunas/api/feature-materials';
import { QuizModule } from '@tunas/api/feature-quiz';
import { ScormModule } from '@tunas/api/feature-scorm';
import { SupervisionModule } from '@tunas/api/feature-supervision';
import { ActivityPluginsModule, QuestionPluginsModule } from '@tunas/api/plugin-sdk';
import type { Request, Response } from 'express';
import { LoggerModule } from 'nestjs-pino';
import { DemoSeeder } from './demo/demo-seeder';
import { HealthController } from './health/health.controller';
import { ACTIVITY_TYPE_PLUGINS, QUESTION_FORMAT_PLUGINS, QUESTION_TYPE_PLUGINS } from '../plugins';

/** Far above the portal's largest operation (about 600 tokens), far below what makes parsing expensive. */
export const MAX_QUERY_TOKENS = 5000;

/** The composition root: configuration, database, GraphQL, logging, and the installed features. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    const production = config.mode === 'production';
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        CoreModule,
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            autoLogging: { ignore: (req) => req.url === '/health' },
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
            quietReqLogger: true,
          },
        }),
        TypeOrmModule.forRoot({
          ...buildDataSourceOptions(config.database, []),
          autoLoadEntities: true,
          retryAttempts: 0,
          ...(config.queryCountHeader ? { logging: ['query', 'error'] as const, logger: new QueryCountingLogger() } : {}),
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: config.graphqlSchemaFile ?? true,
          sortSchema: true,
          introspection: !production,
          playground: false,
          hideSchemaDetailsFromClientErrors: production,
          includeStacktraceInErrorResponses: false,
          csrfPrevention: true,
          // A document of more tokens is refused by the parser itself, before validation walks it.
          parseOptions: { maxTokens: MAX_QUERY_TOKENS },
          allowBatchedHttpRequests: false,
          context: ({ req, res }: { req: Request; res: Response }): GraphQLRequestContext => ({ req, res, loaders: new Map() }),
          formatError: formatGraphQLError,
          plugins: [queryLimitsPlugin()],
        }),
        TerminusModule.forRoot({ logger: false }),
        ActivityPluginsModule.register(ACTIVITY_TYPE_PLUGINS),
        QuestionPluginsModule.register(QUESTION_TYPE_PLUGINS, QUESTION_FORMAT_PLUGINS),
        IdentityModule,
        CoursesModule,
        QuizModule,
        ScormModule,
        CertificatesModule,
        LearningRecordModule,
        SupervisionModule,
        AuditModule,
        MaterialsModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: PolicyGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        DemoSeeder,
      ],
    };
  }
}
