/**
 * How upstream values become model values, once, when a loader maps a shape: enum members
 * keep only values this gateway knows, and timestamps become ISO 8601 strings.
 */

/** `value` when it is one of `known`, otherwise null (absent, or added upstream after this gateway). */
export function knownValue<T extends string>(
  known: readonly T[],
  value: string | null | undefined,
): T | null {
  return value != null && (known as readonly string[]).includes(value) ? (value as T) : null;
}

/** Every known value of `value` that is a list, unknown ones left out. */
export function knownValues<T extends string>(
  known: readonly T[],
  values: readonly string[] | undefined,
): T[] {
  return (values ?? []).flatMap((value) => knownValue(known, value) ?? []);
}

/** An ISO 8601 string from the messaging and identity groups' epoch seconds, or null. */
export function epochTimestamp(seconds: number | null | undefined): string | null {
  return seconds == null ? null : new Date(seconds * 1000).toISOString();
}

/** Already what clients get: a UTC ISO 8601 string, as the admin and voice groups send it. */
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

/** An ISO 8601 string from the admin and voice groups' timestamps, or null. */
export function isoTimestamp(value: string | null | undefined): string | null {
  if (value == null) return null;
  // Most values pass through untouched; only other shapes (offsets, no millis) are re-printed.
  if (ISO_UTC.test(value)) return value;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
