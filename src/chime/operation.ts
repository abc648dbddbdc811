/**
 * The upstream service groups, each with its own endpoint (see DESIGN.md): `admin` is the legacy
 * Amazon Chime namespace; the others are the Chime SDK namespaces that took its actions over
 * (Chime SDK Voice, Messaging, Identity, Meetings and Media Pipelines).
 */
export type ServiceGroup = 'admin' | 'voice' | 'messaging' | 'identity' | 'meetings' | 'media-pipelines';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * A Chime REST operation, declared once. Input members are named as in the API
 * reference (PascalCase). A member named in the path template (`{AccountId}`) fills
 * that label, URI-encoded; members in `query` and `headers` go to those query names
 * and headers; every other member goes into the JSON body.
 */
export interface Operation<Input extends object, Output> {
  readonly name: string;
  readonly group: ServiceGroup;
  readonly method: HttpMethod;
  /** e.g. `/accounts/{AccountId}/users` */
  readonly path: string;
  /** Fixed query members that select the operation, e.g. `{ operation: 'associate-phone-numbers' }`. */
  readonly fixedQuery?: Readonly<Record<string, string>>;
  /** Input member → query name, e.g. `{ MaxResults: 'max-results' }`. */
  readonly query?: Readonly<Partial<Record<keyof Input & string, string>>>;
  /** Input member → header name, e.g. `{ ChimeBearer: 'x-amz-chime-bearer' }`. */
  readonly headers?: Readonly<Partial<Record<keyof Input & string, string>>>;
  /** The status the operation answers on success (200, 201, 202 or 204). */
  readonly successStatus: number;
  /**
   * List operations only: the largest `MaxResults` the upstream accepts (its page-size cap, from the API
   * reference), so the paging layer never asks for more.
   */
  readonly maxResults?: number;
  /**
   * For an operation a Chime SDK namespace took over: whether a call is one only the legacy Amazon
   * Chime namespace answers (the numbers of its accounts and users, Business Calling), which then
   * goes to the `admin` group ({@link groupOf}).
   */
  legacyWhen?(input: Input): boolean;
  /** Phantom member carrying the output type; never set. */
  readonly output?: Output;
}

/** Declares an operation with its input and output types. */
export function defineOperation<Input extends object, Output = Record<string, never>>(
  operation: Omit<Operation<Input, Output>, 'output'>,
): Operation<Input, Output> {
  return operation;
}

/** The group a call goes to: its operation's, or `admin` for a call only the legacy namespace answers. */
export function groupOf<Input extends object>(
  operation: Operation<Input, unknown>,
  input: Input,
): ServiceGroup {
  return operation.legacyWhen?.(input) ? 'admin' : operation.group;
}
