import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import type { Logger } from 'pino';
import { ChimeClient } from './chime/client.ts';
import { credentialsFor, defaultCredentialChain, staticCredentials } from './chime/credentials.ts';
import { resolveEndpoints } from './chime/endpoints.ts';
import { ConfigError, type GatewayConfig, loadConfig } from './config.ts';
import { LOCAL_CREDENTIALS, startEmbeddedChimeLocal } from './embedded.ts';
import { createLogger } from './logger.ts';
import { createGateway } from './yoga.ts';

/** A running gateway: its URL and how to stop it. */
export interface RunningGateway {
  url: string;
  close(): Promise<void>;
}

/** Starts the gateway (and, with no CHIME_ENDPOINT, an embedded chime-local) as configured. */
export async function startGateway(config: GatewayConfig, logger: Logger): Promise<RunningGateway> {
  const upstream = await connectUpstream(config, logger);
  const client = new ChimeClient({ ...upstream.client, logger });
  const yoga = createGateway({ client, logger, bearerArn: config.bearerArn ?? upstream.bearerArn });
  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  logger.info(
    `GraphQL at ${url}/graphql (GraphiQL in a browser); health at ${url}/healthz, readiness at ${url}/readyz`,
  );
  return {
    url,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await upstream.close();
    },
  };
}

async function connectUpstream(config: GatewayConfig, logger: Logger) {
  const { upstream } = config;
  if (upstream.kind === 'embedded') {
    const local = await startEmbeddedChimeLocal();
    logger.info(`CHIME_ENDPOINT is unset: started chime-local embedded at ${local.url} with its demo data`);
    return {
      client: {
        endpoints: resolveEndpoints(local.url),
        credentials: staticCredentials(LOCAL_CREDENTIALS.accessKeyId, LOCAL_CREDENTIALS.secretAccessKey),
      },
      bearerArn: local.bearerArn,
      close: local.close,
    };
  }
  if (upstream.kind === 'aws') {
    logger.info(`Calling Amazon Chime in ${upstream.region} with the default credential chain`);
    return {
      client: { endpoints: resolveEndpoints('aws', upstream.region), credentials: defaultCredentialChain() },
      bearerArn: undefined,
      close: async () => {},
    };
  }
  logger.info(`Calling every Chime service group at ${upstream.url}`);
  return {
    client: {
      endpoints: resolveEndpoints(upstream.url, upstream.region),
      credentials: credentialsFor(upstream.url),
    },
    bearerArn: undefined,
    close: async () => {},
  };
}

async function main(): Promise<void> {
  let config: GatewayConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Configuration error: ${error.message}`);
    process.exit(2);
  }
  const logger = createLogger(config.logLevel);
  const gateway = await startGateway(config, logger);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info(`${signal}: shutting down`);
      gateway.close().then(
        () => {
          logger.info(
            `stopped: HTTP server${config.upstream.kind === 'embedded' ? ' and embedded chime-local' : ''} closed`,
          );
          process.exit(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
