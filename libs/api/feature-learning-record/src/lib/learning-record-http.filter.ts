import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { DomainException, HTTP_STATUS_BY_CATEGORY } from '@tunas/api/core';
import type { Response } from 'express';

/**
 * Plain-HTTP errors of the learning-record routes: a domain error keeps its status and code (evidence the caller
 * may not see is a 404, as in GraphQL); anything else is logged and answered with a generic 500, never a stack.
 */
@Catch()
export class LearningRecordHttpFilter implements ExceptionFilter {
  private readonly logger = new Logger(LearningRecordHttpFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof DomainException) {
      response.status(HTTP_STATUS_BY_CATEGORY[exception.category]).json({ error: { code: exception.category, reason: exception.code, message: exception.message } });
      return;
    }
    if (exception instanceof HttpException) {
      response.status(exception.getStatus()).json({ error: { code: exception.getStatus(), message: exception.message } });
      return;
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    response.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side; it has been logged' } });
  }
}
