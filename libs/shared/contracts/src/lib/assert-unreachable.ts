/**
 * Makes a `switch` over a union exhaustive: a new member that nobody handles stops the build.
 */
export function assertUnreachable(value: never, message = 'Unhandled case'): never {
  throw new Error(`${message}: ${JSON.stringify(value)}`);
}
