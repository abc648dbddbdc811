import type { Logger } from 'pino';
import type { RequestContext } from './context.ts';

/** One mutation as the audit log records it. */
export interface AuditEntry {
  /** The mutation field, e.g. `deleteAccount`. */
  mutation: string;
  /** The ids its input named, by input field (`accountId`, `userIds`, `channelArn`…). */
  ids: Record<string, string | string[]>;
  /** `ok`; `user_errors` when its payload holds user errors; `error` when the field failed. */
  outcome: 'ok' | 'user_errors' | 'error';
  /** The user error codes, or the error codes, behind an outcome that is not `ok`. */
  codes: string[];
  /** The request ids of the upstream calls, where known. */
  requestIds: string[];
}

const auditLoggers = new WeakMap<Logger, Logger>();

/** The `audit` logger: a child of the gateway's, at info level at least unless logging is off. */
function auditLogger(logger: Logger): Logger {
  let audit = auditLoggers.get(logger);
  if (!audit) {
    // Raising LOG_LEVEL to cut request noise must not silence the audit trail.
    const level = logger.level === 'silent' || logger.isLevelEnabled('info') ? logger.level : 'info';
    audit = logger.child({ logger: 'audit' }, { level });
    auditLoggers.set(logger, audit);
  }
  return audit;
}

/**
 * Writes one line on the `audit` logger for a mutation run by the request's identity: who (`sub`,
 * `role`), what (`mutation`, `ids`), how it went (`outcome`, `codes`) and the upstream `requestIds`.
 * Never pass a token, key or secret in `entry`: only ids.
 */
export function audit(ctx: Pick<RequestContext, 'identity' | 'logger'>, entry: AuditEntry): void {
  const { sub, role } = ctx.identity;
  auditLogger(ctx.logger).info({ sub, role, ...entry }, `mutation ${entry.mutation}: ${entry.outcome}`);
}
