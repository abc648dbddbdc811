import type { ServiceGroup } from './operation.ts';

/** Where one service group is reached and which region its signatures name. */
export interface GroupEndpoint {
  /** Base URL without a trailing slash; a path prefix (a proxy's) is kept. */
  url: string;
  signingRegion: string;
}

/** Every service group's endpoint. */
export type ChimeEndpoints = Record<ServiceGroup, GroupEndpoint>;

const SERVICE_GROUPS: readonly ServiceGroup[] = [
  'admin',
  'voice',
  'messaging',
  'identity',
  'meetings',
  'media-pipelines',
];

/**
 * Whether `region` is shaped like an AWS region name (`us-east-1`, `us-gov-west-1`, `ap-southeast-4`).
 * Only the shape is checked, so a region AWS opens later needs no new release. The configuration
 * and the endpoints both use this one rule.
 */
export function isAwsRegion(region: string): boolean {
  return /^[a-z]{2}(-[a-z]+)+-\d+$/.test(region);
}

/**
 * The endpoints for `CHIME_ENDPOINT`: `aws` → the real Amazon Chime endpoints in `region` (the admin
 * group is global: `service.chime.aws.amazon.com`, signed for us-east-1); a URL → every group at that URL,
 * signed for `region` (a separate chime-local, a proxy).
 */
export function resolveEndpoints(target: string, region = 'us-east-1'): ChimeEndpoints {
  if (!isAwsRegion(region))
    throw new Error(`The AWS region must look like us-east-1, got ${JSON.stringify(region)}`);
  if (target === 'aws') {
    return {
      admin: { url: 'https://service.chime.aws.amazon.com', signingRegion: 'us-east-1' },
      voice: { url: `https://voice-chime.${region}.amazonaws.com`, signingRegion: region },
      messaging: { url: `https://messaging-chime.${region}.amazonaws.com`, signingRegion: region },
      identity: { url: `https://identity-chime.${region}.amazonaws.com`, signingRegion: region },
      meetings: { url: `https://meetings-chime.${region}.amazonaws.com`, signingRegion: region },
      'media-pipelines': {
        url: `https://media-pipelines-chime.${region}.amazonaws.com`,
        signingRegion: region,
      },
    };
  }
  const url = parseHttpUrl(target);
  const endpoint = { url, signingRegion: region };
  return Object.fromEntries(SERVICE_GROUPS.map((group) => [group, endpoint])) as ChimeEndpoints;
}

function parseHttpUrl(target: string): string {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new Error(`The Chime endpoint must be 'aws' or an http(s) URL, got ${JSON.stringify(target)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`The Chime endpoint URL must use http or https, got ${JSON.stringify(target)}`);
  if (url.search || url.hash || url.username || url.password)
    throw new Error(
      `The Chime endpoint URL must not carry a query, fragment or credentials, got ${JSON.stringify(url.origin + url.pathname)}`,
    );
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}
