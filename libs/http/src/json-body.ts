import { json } from 'express';
import type { NextFunction, Request, Response } from 'express';

/**
 * Our own JSON body parser so malformed JSON gets the api.md 400 shape (the default parser's error
 * never reaches Nest's exception filters).
 */
export const jsonBody = [
  json({ limit: '2mb' }),
  (error: unknown, _req: Request, res: Response, next: NextFunction): void => {
    const status = (error as { status?: number; type?: string }).status;
    if (!status || status >= 500) return next(error);
    const type = (error as { type?: string }).type;
    const tooLarge = type === 'entity.too.large';
    res.status(status).json({
      statusCode: status,
      error: tooLarge ? 'Payload Too Large' : 'Bad Request',
      message: tooLarge
        ? 'Request body is larger than 2 MB'
        : `Request body is not valid JSON: ${(error as Error).message}`,
      errors: [{ field: 'body', code: tooLarge ? 'too_large' : 'invalid_json', message: (error as Error).message }],
    });
  },
];
