/** A server cannot listen where it is configured to; the message names the variable to change. */
export class ListenError extends Error {
  override name = 'ListenError';
}
