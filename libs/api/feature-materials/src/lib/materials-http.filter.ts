import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { DomainException, HTTP_STATUS_BY_CATEGORY } from '@tunas/api/core';
import type { Response } from 'express';

/**
 * Plain-HTTP errors of the upload and download routes as JSON `{"error": {"code", "message"}}`: a domain error keeps
 * its status (a material the caller may not see is a 404); anything else is logged and answered with a generic 500.
 */
@Catch()
export class MaterialsHttpFilter implements ExceptionFilter {
  private readonly logger = new Logger(MaterialsHttpFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) {
      this.logger.warn(`Error after the response started: ${exception instanceof Error ? exception.message : String(exception)}`);
      response.destroy();
      return;
    }
    response.setHeader('Tus-Resumable', '1.0.0');
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
