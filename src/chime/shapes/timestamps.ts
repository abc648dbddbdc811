/**
 * How the service groups put timestamps on the wire: the admin and voice groups (legacy Chime, Chime SDK
 * Voice) send ISO 8601 strings; the messaging and identity groups (Chime SDK Messaging, Identity) send epoch
 * seconds as JSON numbers, which is what their SDK deserializers read.
 */

/** An ISO 8601 date-time string, e.g. `2019-01-08T16:59:36.123Z`. */
export type IsoTimestamp = string;

/** Seconds since the Unix epoch, possibly fractional. */
export type EpochSeconds = number;
