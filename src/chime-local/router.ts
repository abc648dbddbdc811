import type { IncomingHttpHeaders } from 'node:http';
import type { Store } from './store.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A request as a route handler sees it: labels decoded, body parsed. */
export interface LocalRequest {
  operation: string;
  /** Path labels, URI-decoded (channel ARNs arrive encoded). */
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body; `{}` when the request has none. */
  body: Record<string, unknown>;
  store: Store;
}

/** What a handler answers; `status` defaults to 200 and `body` is sent as JSON. */
export interface LocalResponse {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * One Chime operation served by chime-local. `path` is the template from the API
 * reference with `{Label}` placeholders; `query` holds fixed query members that tell
 * operations on the same path apart (`?operation=associate-phone-numbers`).
 */
export interface Route {
  operation: string;
  method: HttpMethod;
  path: string;
  query?: Record<string, string>;
  handle(request: LocalRequest): LocalResponse | Promise<LocalResponse>;
}

interface CompiledRoute extends Route {
  segments: string[];
}

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'wrong-method'; allowed: HttpMethod[] }
  | { kind: 'unknown' };

/** Matches method, raw (still encoded) path and fixed query members to a route. */
export class Router {
  readonly #routes: CompiledRoute[];

  constructor(routes: readonly Route[]) {
    // Routes with fixed query members are more specific and must win over bare ones.
    this.#routes = routes
      .map((route) => ({ ...route, segments: route.path.split('/').slice(1) }))
      .sort((a, b) => Object.keys(b.query ?? {}).length - Object.keys(a.query ?? {}).length);
  }

  match(method: string, rawPath: string, query: URLSearchParams): RouteMatch {
    const segments = rawPath.split('/').slice(1);
    const allowed: HttpMethod[] = [];
    for (const route of this.#routes) {
      const params = matchSegments(route.segments, segments);
      if (!params) continue;
      if (!Object.entries(route.query ?? {}).every(([name, value]) => query.get(name) === value)) continue;
      if (route.method !== method) {
        allowed.push(route.method);
        continue;
      }
      return { kind: 'found', route, params };
    }
    return allowed.length > 0 ? { kind: 'wrong-method', allowed } : { kind: 'unknown' };
  }
}

function matchSegments(template: string[], actual: string[]): Record<string, string> | undefined {
  if (template.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of template.entries()) {
    const value = actual[index] as string;
    if (part.startsWith('{') && part.endsWith('}')) {
      if (value === '') return undefined;
      try {
        params[part.slice(1, -1)] = decodeURIComponent(value);
      } catch {
        return undefined;
      }
    } else if (part !== value) {
      return undefined;
    }
  }
  return params;
}
