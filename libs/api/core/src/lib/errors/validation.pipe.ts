import { ValidationError, ValidationPipe } from '@nestjs/common';
import { CommonException, CommonExceptionCode } from './domain.exception';
import { FieldError } from './error-category';

/** class-validator failures become one BAD_USER_INPUT error listing every field and the rule it broke. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    exceptionFactory: (errors: ValidationError[]) => {
      const fieldErrors = flatten(errors);
      return new CommonException(
        CommonExceptionCode.InvalidInput,
        fieldErrors.map((error) => error.message).join('; ') || 'Invalid input',
        fieldErrors,
      );
    },
  });
}

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({ field, rule, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
