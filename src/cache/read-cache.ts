import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { ChimeCaller, SendOptions } from '../chime/client.ts';
import type { Operation, ServiceGroup } from '../chime/operation.ts';
import { type CacheStore, memoryCacheStore } from './cache-store.ts';

/** The features whose reads the shared cache holds, named as in every layer. */
export type CacheFeature =
  | 'accounts'
  | 'users'
  | 'rooms'
  | 'bots'
  | 'phone-numbers'
  | 'phone-number-orders'
  | 'voice-connectors'
  | 'voice-connector-groups'
  | 'media-capture-pipelines'
  | 'proxy-sessions'
  | 'meetings'
  | 'sip-media-applications'
  | 'sip-rules'
  | 'app-instances'
  | 'channels'
  | 'settings';

/**
 * What a read answers, so that the writes that change it can make it stale: entity `id` of
 * `feature` (a Get or Describe, or a configuration of it), or without `id` a page of one of the
 * feature's lists.
 */
export interface ReadTag {
  feature: CacheFeature;
  id?: string;
}

/** {@link SendOptions} of a read, with what it answers when it may be cached. */
export interface CachedSendOptions extends SendOptions {
  /** Cache the answer as this (GET operations only); without it, the read always goes upstream. */
  cache?: ReadTag;
}

/** The options of a read cached as entity `id` of `feature`, or as a page of its lists when `id` is left out. */
export function cachedAs(feature: CacheFeature, id?: string): CachedSendOptions {
  return { cache: id === undefined ? { feature } : { feature, id } };
}

/**
 * What the loaders call the upstream through: reads tagged with {@link cachedAs} may be answered
 * by the shared cache, and the loaders' cache writes say what a mutation changed, for every replica.
 */
export interface CachingCaller {
  send<Input extends object, Output>(
    operation: Operation<Input, Output>,
    input: Input,
    options?: CachedSendOptions,
  ): Promise<Output>;
  /** Entity `id` of `feature` changed: its reads, and every list of the feature, are read afresh. */
  changed(feature: CacheFeature, id: string): void;
  /** Any entity of `feature` may have changed: every read of the feature is read afresh. */
  changedAll(feature: CacheFeature): void;
}

/** Options of the shared cache of upstream reads. */
export interface SharedCacheOptions {
  /** `CACHE_TTL_SECONDS`: how long an answer may be served; `0` caches nothing. */
  ttlSeconds: number;
  /**
   * Where entries and version keys live: `redisCacheStore` to share them between replicas.
   * @default memoryCacheStore() (this process only)
   */
  store?: CacheStore;
  /**
   * Told of every look-up of a cached read: `hit` true when it was served from the cache, false when
   * it went upstream (a miss, or the store was away). Must not throw.
   * @default undefined
   */
  onLookup?: (feature: CacheFeature, hit: boolean) => void;
  /**
   * The clock entries expire by, in epoch milliseconds.
   * @default Date.now
   */
  now?: () => number;
  /**
   * How long a store operation may take before the cache is bypassed for it.
   * @default 100
   */
  timeoutMs?: number;
}

/** Whose view an answer is: what, besides the input, could change it for the caller. */
export interface ReadScope {
  /** `chime_accounts` of the identity. */
  accounts: readonly string[];
  /** The AppInstanceUser ARN messaging reads carry. */
  bearer?: string | undefined;
}

const KEY_PREFIX = 'cache:';
/** A failing store is said once per this long, not once per request. */
const WARN_INTERVAL_MS = 10_000;

const hash = (text: string) => createHash('sha256').update(text).digest('base64url');

/** JSON with every object's members in one order, so that equal inputs make equal keys. */
const canonicalJson = (value: unknown) =>
  JSON.stringify(value, (_key, member: unknown) =>
    member && typeof member === 'object' && !Array.isArray(member)
      ? Object.fromEntries(Object.entries(member).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : member,
  );

const versionKey = (feature: CacheFeature, part: string) => `${KEY_PREFIX}v:${feature}${part}`;
const entityVersion = (feature: CacheFeature, id: string) => versionKey(feature, `:${id}`);
const listVersion = (feature: CacheFeature) => versionKey(feature, '#list');
const featureVersion = (feature: CacheFeature) => versionKey(feature, '#all');

/** The version keys an answer is stored under: an entity's and its feature's, or the feature's lists'. */
const versionKeysOf = ({ feature, id }: ReadTag) =>
  id === undefined ? [listVersion(feature)] : [entityVersion(feature, id), featureVersion(feature)];

/** What an entry holds: the versions it was read under, when it expires, and the upstream's answer. */
interface Entry {
  v: (string | null)[];
  x: number;
  o: unknown;
}

/**
 * The gateway's cache of upstream read answers (Get and Describe answers, List pages), shared by
 * every request, and by every replica when its store is Redis. An answer is filed under its
 * operation and canonical input, behind the caller's scope, and served only while the version keys
 * of what it answers are those it was read under; a mutation bumps them (see {@link CachingCaller}).
 */
export class SharedReadCache {
  readonly #store: CacheStore;
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #timeoutMs: number;
  readonly #logger: Logger;
  readonly onLookup: ((feature: CacheFeature, hit: boolean) => void) | undefined;
  #warnedAt = Number.NEGATIVE_INFINITY;

  constructor(options: SharedCacheOptions & { logger: Logger }) {
    const { ttlSeconds, store = memoryCacheStore(), now = Date.now, timeoutMs = 100 } = options;
    if (!(Number.isInteger(ttlSeconds) && ttlSeconds > 0))
      throw new Error(`The shared cache needs a TTL of whole seconds above 0, got ${ttlSeconds}`);
    this.#store = store;
    this.#ttlMs = ttlSeconds * 1000;
    this.#now = now;
    this.#timeoutMs = timeoutMs;
    this.#logger = options.logger;
    this.onLookup = options.onLookup;
  }

  /** The view of one request, whose reads are answered for `scope`. */
  forRequest(client: ChimeCaller, scope: ReadScope): RequestReads {
    return new RequestReads(client, { cache: this, scope });
  }

  /**
   * The answer stored under `key` if still valid (`output`), else the versions to store a fresh
   * one under; null when the store is away.
   */
  async look(
    key: string,
    versionKeys: readonly string[],
  ): Promise<{ output: unknown } | { versions: (string | null)[] } | null> {
    const found = await this.#guard(this.#store.read(key, versionKeys));
    if (!found) return null;
    if (found.entry !== null) {
      const entry = parseEntry(found.entry);
      if (entry && entry.x > this.#now() && sameVersions(entry.v, found.versions)) return { output: entry.o };
    }
    return { versions: found.versions };
  }

  /** Stores `output` under `key`, valid while the version keys keep `versions`. Never rejects. */
  keep(key: string, versions: (string | null)[], output: unknown): Promise<void> {
    // Serialized now, before the caller maps (or anything changes) the answer.
    const entry = JSON.stringify({ v: versions, x: this.#now() + this.#ttlMs, o: output } satisfies Entry);
    return this.#guard(this.#store.write(key, entry, this.#ttlMs)).then(() => {});
  }

  /** Makes every entry stored under `versionKeys` stale. Never rejects. */
  bump(versionKeys: readonly string[]): Promise<void> {
    return this.#guard(this.#store.bump(versionKeys)).then(() => {});
  }

  /** `operation`'s store call, or null when it fails or takes longer than the bound. */
  async #guard<T>(operation: Promise<T>): Promise<T | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(Object.assign(new Error('no answer in time'), { name: 'TimeoutError' })),
        this.#timeoutMs,
      );
    });
    try {
      return await Promise.race([operation, timeout]);
    } catch (error) {
      // A late rejection of the abandoned call is the same failure: said here already.
      operation.catch(() => {});
      if (Date.now() - this.#warnedAt >= WARN_INTERVAL_MS) {
        this.#warnedAt = Date.now();
        // The error's code or name only: a connection error's message may name the store's host.
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).name;
        this.#logger.warn({ reason }, 'shared cache unavailable: reading upstream until it is back');
      }
      return null;
    } finally {
      clearTimeout(timer);
    }
  }

  /** The key of `operation` called with `input`, for `scope`: hashes only, never an id or token in clear. */
  keyOf(scope: string, operation: Operation<object, unknown>, input: object): string {
    return `${KEY_PREFIX}e:${scope}:${hash(canonicalJson([operation.name, input]))}`;
  }
}

function parseEntry(text: string): Entry | null {
  try {
    const entry = JSON.parse(text) as Entry;
    return Array.isArray(entry.v) && typeof entry.x === 'number' ? entry : null;
  } catch {
    return null;
  }
}

const sameVersions = (stored: (string | null)[], current: (string | null)[]) =>
  stored.length === current.length && stored.every((version, index) => version === current[index]);

/**
 * One request's reads and invalidations. Reads tagged with {@link cachedAs} are looked up in the
 * shared cache first; writes, untagged reads, and every call when there is no shared cache go
 * straight to `client`. What the request stores and bumps is awaited by {@link settled} before its
 * answer goes out, so that the next request, on any replica, sees it.
 */
export class RequestReads implements CachingCaller {
  readonly #client: ChimeCaller;
  readonly #cache: SharedReadCache | undefined;
  readonly #scopes: { accounts: string; bearer: string } | undefined;
  readonly #bumps: Promise<void>[] = [];
  readonly #writes: Promise<void>[] = [];

  constructor(client: ChimeCaller, shared?: { cache: SharedReadCache; scope: ReadScope }) {
    this.#client = client;
    this.#cache = shared?.cache;
    if (shared) {
      const { accounts, bearer } = shared.scope;
      // Hashes of what identifies the scope: never a token, and the same length whatever it holds.
      this.#scopes = {
        accounts: hash(`accounts\n${JSON.stringify([...accounts].sort())}`).slice(0, 22),
        bearer: hash(`bearer\n${bearer ?? ''}`).slice(0, 22),
      };
    }
  }

  send<Input extends object, Output>(
    operation: Operation<Input, Output>,
    input: Input,
    options: CachedSendOptions = {},
  ): Promise<Output> {
    const { cache: tag, ...sendOptions } = options;
    if (!this.#cache || !tag || operation.method !== 'GET')
      return this.#client.send(operation, input, sendOptions);
    return this.#sendCached(this.#cache, tag, operation, input, sendOptions);
  }

  async #sendCached<Input extends object, Output>(
    cache: SharedReadCache,
    tag: ReadTag,
    operation: Operation<Input, Output>,
    input: Input,
    options: SendOptions,
  ): Promise<Output> {
    // What this request changed is stale before anything of it is read again.
    if (this.#bumps.length > 0) await Promise.all(this.#bumps);
    const key = cache.keyOf(this.#scopeOf(operation.group), operation, input);
    const found = await cache.look(key, versionKeysOf(tag));
    const hit = found !== null && 'output' in found;
    cache.onLookup?.(tag.feature, hit);
    if (hit) return found.output as Output;
    const output = await this.#client.send(operation, input, options);
    if (found) this.#writes.push(cache.keep(key, found.versions, output));
    return output;
  }

  /** Messaging answers depend on the bearer they are read as; every other group's on the accounts in scope. */
  #scopeOf(group: ServiceGroup): string {
    const scopes = this.#scopes!;
    return group === 'messaging' ? `b${scopes.bearer}` : `a${scopes.accounts}`;
  }

  changed(feature: CacheFeature, id: string): void {
    if (this.#cache) this.#bumps.push(this.#cache.bump([entityVersion(feature, id), listVersion(feature)]));
  }

  changedAll(feature: CacheFeature): void {
    if (this.#cache) this.#bumps.push(this.#cache.bump([featureVersion(feature), listVersion(feature)]));
  }

  /** Resolves once what the request stored and bumped so far is in the store (or given up on). */
  async settled(): Promise<void> {
    await Promise.all([...this.#bumps, ...this.#writes]);
  }
}
