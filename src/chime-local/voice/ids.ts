import { randomBytes } from 'node:crypto';
import { LOCAL_AWS_ACCOUNT_ID, LOCAL_REGION } from '../store.ts';

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A VoiceConnectorId shaped like the service's: 20 lower-case alphanumerics. `bytes`
 * (at least 20) fixes the id, for deterministic seed data; random by default.
 */
export function newVoiceConnectorId(bytes: Uint8Array = randomBytes(20)): string {
  return Array.from(bytes.subarray(0, 20), (byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join('');
}

/** The ARN of a voice connector in `region`. */
export const voiceConnectorArn = (region: string, voiceConnectorId: string) =>
  `arn:aws:chime:${region}:${LOCAL_AWS_ACCOUNT_ID}:vc/${voiceConnectorId}`;

/** The ARN of a voice connector group (groups span Regions; their ARN names the home Region). */
export const voiceConnectorGroupArn = (groupId: string) =>
  `arn:aws:chime:${LOCAL_REGION}:${LOCAL_AWS_ACCOUNT_ID}:vcg/${groupId}`;

/** The host name a voice connector's SIP trunk sends outbound calls to. */
export const outboundHostName = (voiceConnectorId: string) => `${voiceConnectorId}.voiceconnector.chime.aws`;

/** The ARN of a SIP media application in `region`. */
export const sipMediaApplicationArn = (region: string, sipMediaApplicationId: string) =>
  `arn:aws:chime:${region}:${LOCAL_AWS_ACCOUNT_ID}:sma/${sipMediaApplicationId}`;
