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
