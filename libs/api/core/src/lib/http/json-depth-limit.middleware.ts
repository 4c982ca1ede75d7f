import type { NextFunction, Request, Response } from 'express';

export const MAX_JSON_DEPTH = 64;

/**
 * Refuses a JSON body nested deeper than `maxDepth` with a 400 before anything walks it recursively (input
 * validation, class-transformer and the plugins' schemas all recurse, and 2,000 levels overflow the stack).
 * The walk here is iterative. No honest request comes near the limit: a quiz configuration is a few levels deep.
 */
export function jsonDepthLimitMiddleware(maxDepth = MAX_JSON_DEPTH) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (depthExceeds(request.body, maxDepth)) {
      response.status(400).json({ errors: [{ message: `The request body is nested more than ${maxDepth} levels deep`, extensions: { code: 'BAD_USER_INPUT', reason: 'BODY_TOO_DEEP' } }] });
      return;
    }
    next();
  };
}

export function depthExceeds(value: unknown, maxDepth: number): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length) {
    const { value: current, depth } = stack.pop() as { value: unknown; depth: number };
    if (current === null || typeof current !== 'object') continue;
    if (depth >= maxDepth) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (child !== null && typeof child === 'object') stack.push({ value: child, depth: depth + 1 });
    }
  }
  return false;
}
