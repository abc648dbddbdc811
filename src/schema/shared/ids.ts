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
