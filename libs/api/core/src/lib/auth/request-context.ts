import { ExecutionContext } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { Principal } from './principal';

export type AuthenticatedRequest = Request & { principal?: Principal };

/** The GraphQL context built per request (see GraphQLModule's `context`). */
export interface GraphQLRequestContext {
  req: AuthenticatedRequest;
  res: Response;
  /** Per-request DataLoaders, created lazily by `loaderFor`. */
  loaders: Map<string, unknown>;
}

export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<GqlContextType>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphQLRequestContext>().req;
  }
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}
