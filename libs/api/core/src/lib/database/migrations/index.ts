import { Identity1764230400000 } from './1764230400000-identity';

/** Every migration, in the order they run. Schema changes happen only here. */
export const MIGRATIONS = [Identity1764230400000];
