/**
 * Supervision data access: the pimpinan's dashboard, drill-down, export, reminders, claim reviews and leaderboard.
 * A separate entry point so that it, and its GraphQL documents, load with the supervision screens only.
 */
export * from './lib/generated/supervision.graphql';
export * from './lib/supervision';
