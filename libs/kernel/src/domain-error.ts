/** One offending input field, in the api.md error shape. */
export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

/**
 * Domain code throws these; the HTTP edge maps each kind to a status (conventions.md item 8).
 * Messages are English with the Chinese term where it helps the reader.
 */
export abstract class DomainError extends Error {
  abstract readonly kind: 'invalid' | 'forbidden' | 'not_found' | 'conflict' | 'too_large' | 'unsupported_media';
  constructor(
    message: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class InvalidInputError extends DomainError {
  readonly kind = 'invalid';
}

export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden';
}

export class NotFoundError extends DomainError {
  readonly kind = 'not_found';
}

export class ConflictError extends DomainError {
  readonly kind = 'conflict';
}

/** An upload over its size limit (HTTP 413). */
export class TooLargeError extends DomainError {
  readonly kind = 'too_large';
}

/** Content of a type the domain does not accept, recognised by its bytes (HTTP 415). */
export class UnsupportedMediaError extends DomainError {
  readonly kind = 'unsupported_media';
}
