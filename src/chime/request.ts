import { HttpRequest } from '@smithy/protocol-http';
import type { HttpRequest as HttpRequestShape } from '@smithy/types';
import { badUserInput } from '../errors.ts';
import type { GroupEndpoint } from './endpoints.ts';
import type { Operation } from './operation.ts';

const LABEL = /\{(\w+)\}/g;

/**
 * The unsigned HTTP request for one call, bound the way the AWS SDKs bind it: path labels URI-encoded
 * (a channel ARN's `:` and `/` included), query and header members under their wire names, every other
 * defined member in a JSON body. There is no body when no member remains, and never one for GET/DELETE.
 * Undefined and null members are left out. An empty path label throws a `BAD_USER_INPUT` error naming it.
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
    // The caller's input, not the upstream, is at fault: nothing is sent.
    if (value === undefined || value === null || String(value) === '')
      throw badUserInput(`${name} must not be empty, got ${JSON.stringify(value ?? null)}`);
    return encodeUriComponent(String(value));
  });

  const query: Record<string, string | string[]> = { ...operation.fixedQuery };
  for (const [member, name] of definedBindings(operation.query)) {
    bound.add(member);
    const value = members[member];
    if (value === undefined || value === null) continue;
    query[name] = Array.isArray(value) ? value.map(wireString) : wireString(value);
  }

  const url = new URL(endpoint.url);
  const headers: Record<string, string> = { host: url.host };
  for (const [member, name] of definedBindings(operation.headers)) {
    bound.add(member);
    const value = members[member];
    if (value !== undefined && value !== null) headers[name] = wireString(value);
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
