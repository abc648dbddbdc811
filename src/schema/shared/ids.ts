/**
 * Node ids for resources the upstream addresses with more than one id (a user within
 * its account, a proxy session within its voice connector). Upstream ids never hold '|'.
 */
export function compoundId(...parts: string[]): string {
  return parts.join('|');
}

/** The `count` parts of a compound node id, or null when it is not one (an unknown id). */
export function splitCompoundId(id: string, count: number): string[] | null {
  const parts = id.split('|');
  return parts.length === count && parts.every((part) => part !== '') ? parts : null;
}

/** A global id as the schema's Node fields read it: the Node type's name and its own id. */
export interface GlobalId {
  typename: string;
  id: string;
}

/**
 * The type name and id a global `id` holds (base64 of `Type:id`); for an id that is not one of ours
 * the type name names no Node type, and `node`/`nodes` answer null in its place.
 */
export function decodeGlobalId(globalId: string): GlobalId {
  const [typename = '', ...id] = Buffer.from(globalId, 'base64').toString('utf8').split(':');
  return { typename, id: id.join(':') };
}
