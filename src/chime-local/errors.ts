/**
 * An error answered the way the Chime service answers it: an HTTP status, the
 * `x-amzn-ErrorType` header and a `{"Code", "Message"}` JSON body.
 */
export class ServiceError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = code;
  }
}

/** 400: a parameter breaks the service's restrictions; the message names the parameter. */
export const badRequest = (message: string) => new ServiceError(400, 'BadRequestException', message);

/** 404: a resource named in the request does not exist. */
export const notFound = (message: string) => new ServiceError(404, 'NotFoundException', message);

/** 409: the request conflicts with the resource's current state. */
export const conflict = (message: string) => new ServiceError(409, 'ConflictException', message);

/** 403: the caller may not make this request. */
export const forbidden = (message: string) => new ServiceError(403, 'ForbiddenException', message);

/** 429: the caller exceeded its request rate. */
export const throttled = (message = 'Rate exceeded') =>
  new ServiceError(429, 'ThrottledClientException', message);

/** 503: the service is temporarily unavailable. */
export const serviceUnavailable = (message = 'Service unavailable') =>
  new ServiceError(503, 'ServiceUnavailableException', message);

/** 500: the service failed. */
export const serviceFailure = (message = 'Service failure') =>
  new ServiceError(500, 'ServiceFailureException', message);
