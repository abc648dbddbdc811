import {
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  getArgumentValues,
  getNamedType,
  isObjectType,
} from 'graphql';
import { currentPath, runAtPath } from '../../call-path.ts';
import type { RequestContext } from '../../context.ts';
import { argumentProblem } from './argument-rules.ts';
import { collectFields } from './selections.ts';

/**
 * What a field's read is handed so that reads below it start as soon as their inputs exist:
 * `items` as each upstream page of the field's connection arrives, `group` as soon as the field
 * knows the one group (an account) every item it will serve belongs to.
 */
export interface Ahead {
  /**
   * Starts the reads of the selections under these items (`offset`: the first one's index);
   * true when it started any.
   */
  items(items: readonly unknown[], offset: number): boolean;
  /** Lets the selections under the items read what they share: at most `expected` items of `group`. */
  group(group: string, expected: number): void;
}

/** Starts a field's read from its parent object and the field's arguments. */
export type StartFromParent<P, R> = (
  parent: P,
  // biome-ignore lint/suspicious/noExplicitAny: the field's arguments as GraphQL coerced them, for the typed resolver each starter calls
  args: Record<string, any>,
  ctx: RequestContext,
  ahead: Ahead,
) => Promise<R> | R;

/** Starts a field's read from its parent's id alone. */
export type StartFromId<R> = (
  parentId: string,
  // biome-ignore lint/suspicious/noExplicitAny: as above
  args: Record<string, any>,
  ctx: RequestContext,
  ahead: Ahead,
) => Promise<R>;

/** Starts the reads a field shares with its siblings in other items of one group, before the items exist. */
export type StartFromGroup = (
  group: string,
  // biome-ignore lint/suspicious/noExplicitAny: as above
  args: Record<string, any>,
  ctx: RequestContext,
  expected: number,
) => void;

/** The `lookAhead` extension of a field: how its read starts before GraphQL reaches it. */
interface LookAhead {
  fromParent: StartFromParent<unknown, unknown>;
  fromId?: StartFromId<unknown>;
  fromGroup?: StartFromGroup;
  /** For a field that reads one object by an id its parent holds: that id. */
  targetIdOf?: (parent: unknown) => string | null | undefined;
}

/**
 * Reads started ahead, by the response path of the field that will take them (`account.users`,
 * `phoneNumbers.nodes.3.user`): a path names one field resolution of one request, so a read is
 * taken once, by exactly the field it was started for, whatever object that field's parent is.
 * Reads never taken (under a parent that came back null) end with the request.
 */
const startedAhead = new WeakMap<RequestContext, Map<string, Promise<unknown>>>();

/** Where a field is resolved: enough to find, and start, the selections under it. */
interface Site {
  ctx: RequestContext;
  path: string;
  nodes: readonly FieldNode[];
  type: GraphQLOutputType;
  info: Pick<GraphQLResolveInfo, 'schema' | 'fragments' | 'variableValues'>;
}

/**
 * The options of a field whose read needs only its parent object, to spread into the field:
 * its resolver, and the `lookAhead` extension through which a list above it starts the read
 * as soon as the item it belongs to has arrived (the next upstream page may still be in
 * flight). `fromGroup`, when given, starts what the field's reads share with the same field
 * of the other items of one group (an account's number list for its users' numbers).
 */
export function fromParent<P, R>(start: StartFromParent<P, R>, options: { fromGroup?: StartFromGroup } = {}) {
  const lookAhead: LookAhead = { fromParent: start as StartFromParent<unknown, unknown>, ...options };
  return {
    extensions: { lookAhead },
    resolve: (parent: P, args: Record<string, unknown>, ctx: RequestContext, info: GraphQLResolveInfo) => {
      const site = siteOf(ctx, info);
      return (takeStarted(site) as Promise<R> | undefined) ?? start(parent, args, ctx, aheadAt(site));
    },
  };
}

/**
 * The options of a field whose read needs only its parent's id (`idOf`): as {@link fromParent},
 * and a root field that reads the parent by id (`loadWithChildren`) starts it beside that read.
 */
export function fromParentId<P, R>(idOf: (parent: P) => string, start: StartFromId<R>) {
  const options = fromParent<P, R>((parent, args, ctx, ahead) => start(idOf(parent), args, ctx, ahead));
  options.extensions.lookAhead.fromId = start as StartFromId<unknown>;
  return options;
}

/**
 * The options of a field that reads one object by an id its parent holds (a group's voice
 * connector, a number's account): as {@link fromParent}, and the fields under the object that
 * need only its id start beside its read, as under a root field that reads by id.
 */
export function byIdOfParent<P, R extends object>(
  idOf: (parent: P) => string | null | undefined,
  load: (id: string, ctx: RequestContext) => Promise<R | null>,
) {
  const options = fromParent<P, R | null>((parent, _args, ctx) => {
    const id = idOf(parent);
    return id ? load(id, ctx) : null;
  });
  options.extensions.lookAhead.targetIdOf = idOf as (parent: unknown) => string | null | undefined;
  return {
    ...options,
    resolve: (parent: P, _args: Record<string, unknown>, ctx: RequestContext, info: GraphQLResolveInfo) => {
      const site = siteOf(ctx, info);
      const started = takeStarted(site) as Promise<R | null> | undefined;
      if (started) return started;
      const id = idOf(parent);
      return id ? loadWithChildrenAt(site, id, load(id, ctx)) : null;
    },
  };
}

/**
 * A root field that reads one object by id: GraphQL resolves its children only after it, so
 * the children that need only the id (connections, configurations) start now, beside the
 * object's own read, and the others as soon as it has arrived.
 */
export function loadWithChildren<T extends object>(
  id: string,
  ctx: RequestContext,
  info: GraphQLResolveInfo,
  load: Promise<T | null>,
): Promise<T | null> {
  return loadWithChildrenAt(siteOf(ctx, info), id, load);
}

async function loadWithChildrenAt<T extends object>(site: Site, id: string, load: Promise<T | null>) {
  startChildren(site, { id });
  const value = await load;
  if (value) startChildren(site, { parent: value });
  return value;
}

/** The read started ahead for the field at `site`, taken (a path is resolved once). */
function takeStarted(site: Site): Promise<unknown> | undefined {
  const started = startedAhead.get(site.ctx);
  const read = started?.get(site.path);
  started?.delete(site.path);
  return read;
}

function siteOf(ctx: RequestContext, info: GraphQLResolveInfo): Site {
  return { ctx, path: pathOf(info.path), nodes: info.fieldNodes, type: info.returnType, info };
}

/** A dotted path as `errors[].path` writes it (response keys never start with a digit). */
const responsePath = (path: string) => path.split('.').map((key) => (/^\d/.test(key) ? Number(key) : key));

function pathOf(path: GraphQLResolveInfo['path'] | undefined): string {
  const keys: (string | number)[] = [];
  for (let at = path; at; at = at.prev) keys.push(at.key);
  return keys.reverse().join('.');
}

/** A field under a site that has a `lookAhead`, with its arguments. */
interface PlannedField {
  key: string;
  field: GraphQLField<unknown, unknown>;
  nodes: readonly FieldNode[];
  args: Record<string, unknown>;
  lookAhead: LookAhead;
}

// The planned fields under each selection of a request: every item of a list shares its list's
// selection, so they are found once per selection (by its field nodes), not once per item.
const plannedUnder = new WeakMap<RequestContext, WeakMap<readonly FieldNode[], PlannedField[]>>();

/** The fields selected under `site` that have a `lookAhead`, with their arguments, by response key. */
function plannedFields(site: Site): PlannedField[] {
  let ofRequest = plannedUnder.get(site.ctx);
  if (!ofRequest) {
    ofRequest = new WeakMap();
    plannedUnder.set(site.ctx, ofRequest);
  }
  const known = ofRequest.get(site.nodes);
  if (known) return known;
  const type = getNamedType(site.type);
  const planned: PlannedField[] = [];
  ofRequest.set(site.nodes, planned);
  if (!isObjectType(type)) return planned;
  for (const [key, nodes] of selectedFields(site, type)) {
    const field = type.getFields()[nodes[0]!.name.value];
    const lookAhead = field?.extensions.lookAhead as LookAhead | undefined;
    // A field with scopes of its own is left to GraphQL, which refuses it before any read.
    if (!field || !lookAhead || (field.extensions.pothosOptions as { authScopes?: unknown })?.authScopes)
      continue;
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(field, nodes[0]!, site.info.variableValues);
    } catch {
      continue; // The field's own resolution reports bad arguments.
    }
    if (argumentProblem(type.name, field, args)) continue;
    planned.push({ key, field, nodes, args, lookAhead });
  }
  return planned;
}

function selectedFields(site: Site, type: GraphQLObjectType) {
  return collectFields(
    site.info,
    type,
    site.nodes.map((node) => node.selectionSet),
  );
}

/**
 * Starts the planned fields under `site` from its parent object (or only those that need no more
 * than its id), each under its own path, and, when a read started here answers an object, the
 * planned fields under that object in turn. True when it started any.
 */
function startChildren(site: Site, from: { parent: unknown } | { id: string }): boolean {
  const planned = plannedFields(site);
  if (planned.length === 0) return false;
  let startedAny = false;
  const started = startedAhead.get(site.ctx) ?? new Map<string, Promise<unknown>>();
  startedAhead.set(site.ctx, started);
  for (const { key, nodes, args, field, lookAhead } of planned) {
    if ('id' in from && !lookAhead.fromId) continue;
    const child: Site = { ...site, path: `${site.path}.${key}`, nodes, type: field.type };
    if (started.has(child.path)) continue;
    const ahead = aheadAt(child);
    const targetId = 'parent' in from ? lookAhead.targetIdOf?.(from.parent) : undefined;
    if (targetId) startChildren(child, { id: targetId });
    const start = () =>
      'id' in from
        ? lookAhead.fromId!(from.id, args, site.ctx, ahead)
        : lookAhead.fromParent(from.parent, args, site.ctx, ahead);
    // Calls are attributed to the field they are started for (x-explain), when anyone records them.
    const read = Promise.resolve(currentPath() ? runAtPath(responsePath(child.path), start) : start()).then(
      (value) => {
        if (value !== null && typeof value === 'object' && !Array.isArray(value))
          startChildren(child, { parent: value });
        return value;
      },
    );
    read.catch(() => {}); // Taken by the field, which reports it; or never taken.
    started.set(child.path, read);
    startedAny = true;
  }
  return startedAny;
}

/** Where a connection's items are selected, and the response path of the item at each index. */
interface ItemSite {
  type: GraphQLOutputType;
  nodes: readonly FieldNode[];
  pathOf: (index: number) => string;
}

/** The {@link Ahead} of a connection field at `site`: its items are under `nodes` and `edges.node`. */
function aheadAt(site: Site): Ahead {
  let sites: ItemSite[] | undefined;
  const itemSites = () => {
    sites ??= connectionItemSites(site);
    return sites;
  };
  return {
    items(items, offset) {
      let startedAny = false;
      for (const item of itemSites())
        for (const [index, parent] of items.entries())
          startedAny =
            startChildren(
              { ...site, path: item.pathOf(offset + index), nodes: item.nodes, type: item.type },
              { parent },
            ) || startedAny;
      return startedAny;
    },
    group(group, expected) {
      for (const item of itemSites())
        for (const { args, lookAhead } of plannedFields({
          ...site,
          path: item.pathOf(0),
          nodes: item.nodes,
          type: item.type,
        }))
          lookAhead.fromGroup?.(group, args, site.ctx, expected);
    },
  };
}

/** Where a connection's items are selected: each `nodes` and each `edges { node }` of the field. */
function connectionItemSites(site: Site): ItemSite[] {
  const sites: ItemSite[] = [];
  const connection = getNamedType(site.type);
  if (!isObjectType(connection)) return sites;
  for (const [key, nodes] of selectedFields(site, connection)) {
    const field = connection.getFields()[nodes[0]!.name.value];
    if (!field) continue;
    if (field.name === 'nodes')
      sites.push({ type: field.type, nodes, pathOf: (index) => `${site.path}.${key}.${index}` });
    if (field.name !== 'edges') continue;
    const edge = getNamedType(field.type);
    if (!isObjectType(edge)) continue;
    for (const [nodeKey, nodeNodes] of selectedFields({ ...site, nodes }, edge))
      if (nodeNodes[0]!.name.value === 'node')
        sites.push({
          type: edge.getFields().node!.type,
          nodes: nodeNodes,
          pathOf: (index) => `${site.path}.${key}.${index}.${nodeKey}`,
        });
  }
  return sites;
}
