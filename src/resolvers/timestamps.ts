/** An ISO 8601 string from the admin and voice groups' timestamps, or null. */
export function isoTimestamp(value: string | null | undefined): string | null {
  if (value == null || Number.isNaN(Date.parse(value))) return null;
  return new Date(value).toISOString();
}

/** An ISO 8601 string from the messaging and identity groups' epoch seconds, or null. */
export function epochTimestamp(seconds: number | null | undefined): string | null {
  return seconds == null ? null : new Date(seconds * 1000).toISOString();
}
