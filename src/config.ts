import { isIP } from 'node:net';

/** Where the gateway sends its Chime calls. */
export type UpstreamTarget =
  | { kind: 'embedded' }
  | { kind: 'aws'; region: string }
  | { kind: 'url'; url: string; region: string };

/** The gateway's configuration, read from the environment (see README). */
export interface GatewayConfig {
  port: number;
  /** Where the gateway listens: loopback beside an embedded chime-local, every interface otherwise. */
  host: string;
  logLevel: string;
  upstream: UpstreamTarget;
  /** `CHIME_BEARER_ARN`: the app instance user that messaging calls act as. */
  bearerArn: string | undefined;
  /** `CURSOR_SECRET`: the key connection cursors are signed with; unset, a random key per process. */
  cursorSecret: string | undefined;
}

/** A cursor key shorter than this could be guessed. */
const MIN_CURSOR_SECRET_LENGTH = 32;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Thrown at start-up when an environment variable is unusable; the message names it. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and checks the gateway's environment variables. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be a port number from 0 to 65535, got ${JSON.stringify(env.PORT)}`);
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel))
    throw new ConfigError(
      `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify(logLevel)}`,
    );
  const region = env.AWS_REGION ?? 'us-east-1';
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region))
    throw new ConfigError(
      `AWS_REGION must be an AWS region such as us-east-1, got ${JSON.stringify(region)}`,
    );
  const bearerArn = env.CHIME_BEARER_ARN || undefined;
  if (
    bearerArn !== undefined &&
    !/^arn:[a-z-]+:chime:[^:]*:\d{12}:app-instance\/.+\/user\/.+$/.test(bearerArn)
  )
    throw new ConfigError(
      `CHIME_BEARER_ARN must be an app instance user ARN (arn:aws:chime:REGION:ACCOUNT:app-instance/ID/user/ID), got ${JSON.stringify(bearerArn)}`,
    );
  const upstream = upstreamTarget(env.CHIME_ENDPOINT, region);
  const host = env.HOST || (upstream.kind === 'embedded' ? '127.0.0.1' : '0.0.0.0');
  if (isIP(host) === 0 && !/^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(host))
    throw new ConfigError(
      `HOST must be an IP address or host name to listen on, got ${JSON.stringify(host)}`,
    );
  const cursorSecret = env.CURSOR_SECRET || undefined;
  if (cursorSecret !== undefined && cursorSecret.length < MIN_CURSOR_SECRET_LENGTH)
    throw new ConfigError(
      `CURSOR_SECRET must be at least ${MIN_CURSOR_SECRET_LENGTH} characters long, got ${cursorSecret.length}`,
    );
  return { port, host, logLevel, upstream, bearerArn, cursorSecret };
}

function upstreamTarget(endpoint: string | undefined, region: string): UpstreamTarget {
  if (endpoint === undefined || endpoint === '') return { kind: 'embedded' };
  if (endpoint === 'aws') return { kind: 'aws', region };
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new ConfigError(
      `CHIME_ENDPOINT must be unset, "aws" or an http(s) URL, got ${JSON.stringify(endpoint)}`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ConfigError(`CHIME_ENDPOINT must be an http(s) URL, got ${JSON.stringify(endpoint)}`);
  return { kind: 'url', url: url.origin, region };
}
