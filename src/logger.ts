import { type DestinationStream, type Logger, type LoggerOptions, pino } from 'pino';

/**
 * The gateway's logger: JSON lines, pretty only when a person watches a terminal.
 * Credentials, signatures, tokens, API keys, cookies and bearer headers are redacted wherever they
 * might appear.
 */
export function createLogger(level = 'info', destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers["x-api-key"]',
        'req.headers.cookie',
        'req.headers["x-amz-chime-bearer"]',
        'res.headers["set-cookie"]',
        'headers.authorization',
        'headers["x-api-key"]',
        'headers.cookie',
        'headers["set-cookie"]',
        'headers["x-amz-chime-bearer"]',
        'credentials',
        '*.secretAccessKey',
        '*.sessionToken',
      ],
      censor: '[redacted]',
    },
  };
  if (destination) return pino(options, destination);
  if (process.stdout.isTTY)
    return pino({
      ...options,
      transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l' } },
    });
  return pino(options);
}
