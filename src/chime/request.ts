import { HttpRequest } from '@smithy/protocol-http';
import type { HttpRequest as HttpRequestShape } from '@smithy/types';
import { badUserInput } from '../errors.ts';
import type { GroupEndpoint } from './endpoints.ts';
import type { Operation } from './operation.ts';
import { brokenRule, parameterRule, shown } from './parameters.ts';

const LABEL = /\{(\w+)\}/g;

/**
 * The unsigned HTTP request for one call, bound the way the AWS SDKs bind it: path labels URI-encoded
 * (a channel ARN's `:` and `/` included), query and header members under their wire names, every other
 * defined member in a JSON body. There is no body when no member remains, and never one for GET/DELETE.
 * Undefined and null members are left out.
 *
 * Nothing that could make the request name another operation or resource is ever built: an empty,
 * `.` or `..` path label (URL normalisation would drop or climb that segment, whatever its encoding),
 * a path, query or header member that breaks the API reference's rule for it, or a MaxResults above
 * the operation's cap is refused with BAD_USER_INPUT, and nothing is sent.
 */
export function buildRequest<Input extends object>(
  operation: Operation<Input, unknown>,
  input: Input,
  endpoint: GroupEndpoint,
): HttpRequest {
  const members = input as Record<string, unknown>;
  const bound = new Set<string>();

  const path = operation.path.replace(LABEL, (_, name: string) => {
    bound.add(name);
    const value = members[name];
    if (value === undefined || value === null || String(value) === '')
      throw refusal(operation, name, `is needed in the path, got ${shown(String(value ?? ''))}`);
    const label = String(value);
    if (label === '.' || label === '..')
      throw refusal(
        operation,
        name,
        `must not be "." or ".." (it would name another resource), got "${label}"`,
      );
    checkMember(operation, name, label);
    return encodeUriComponent(label);
  });
  checkPageSize(operation, members.MaxResults);

  const query: Record<string, string | string[]> = { ...operation.fixedQuery };
  for (const [member, name] of definedBindings(operation.query)) {
    bound.add(member);
    const value = members[member];
    if (value === undefined || value === null) continue;
    query[name] = Array.isArray(value) ? value.map(wireString) : wireString(value);
    for (const item of [query[name]].flat()) checkMember(operation, member, item);
  }

  const url = new URL(endpoint.url);
  const headers: Record<string, string> = { host: url.host };
  for (const [member, name] of definedBindings(operation.headers)) {
    bound.add(member);
    const value = members[member];
    if (value === undefined || value === null) continue;
    headers[name] = wireString(value);
    checkMember(operation, member, headers[name]);
  }

  let body: string | undefined;
  if (operation.method === 'POST' || operation.method === 'PUT') {
    const rest = Object.entries(members).filter(
      ([member, value]) => !bound.has(member) && value !== undefined && value !== null,
    );
    if (rest.length > 0) {
      body = JSON.stringify(Object.fromEntries(rest));
      headers['content-type'] = 'application/json';
    }
  }

  return new HttpRequest({
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    method: operation.method,
    path: `${url.pathname.replace(/\/+$/, '')}${path}`,
    query,
    headers,
    body,
  });
}

/** Refuses a member that breaks the API reference's rule for it. */
function checkMember(operation: Operation<object, unknown>, member: string, value: string) {
  const rule = parameterRule(operation.name, member);
  const problem = rule && brokenRule(rule, value);
  if (problem) throw refusal(operation, member, problem);
}

/** Refuses a page size the operation does not serve: the upstream would answer more than we bound. */
function checkPageSize(operation: Operation<object, unknown>, maxResults: unknown) {
  if (maxResults === undefined || operation.maxResults === undefined) return;
  if (
    !Number.isInteger(maxResults) ||
    (maxResults as number) < 1 ||
    (maxResults as number) > operation.maxResults
  )
    throw refusal(
      operation,
      'MaxResults',
      `must be from 1 to ${operation.maxResults}, got ${String(maxResults)}`,
    );
}

function refusal(operation: Operation<object, unknown>, member: string, problem: string) {
  return badUserInput(`${operation.name} was not sent: ${member} ${problem}`);
}

/** The URL to send `request` to; its query string encodes what the signature covered. */
export function urlOf(request: HttpRequestShape): string {
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(request.query ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === null) continue;
      pairs.push(`${encodeUriComponent(name)}=${encodeUriComponent(item)}`);
    }
  }
  const port = request.port ? `:${request.port}` : '';
  const search = pairs.length > 0 ? `?${pairs.join('&')}` : '';
  return `${request.protocol}//${request.hostname}${port}${request.path}${search}`;
}

/**
 * RFC 3986 encoding as the AWS SDKs apply it to labels and query members: `encodeURIComponent` plus
 * `!'()*`, so `/` and `:` in an ARN are escaped and the path keeps its segments.
 */
export function encodeUriComponent(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function definedBindings(bindings: Readonly<Record<string, string | undefined>> | undefined) {
  return Object.entries(bindings ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined);
}

/** A query or header value: timestamps as ISO 8601 (the restJson default for both), the rest as text. */
function wireString(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}
