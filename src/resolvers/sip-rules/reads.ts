import type { RequestContext } from '../../context.ts';
import type { ForwardPage } from '../../loaders/shared/connection.ts';

/** GetSipRule (several at once: one ListSipRules); null when there is no such rule. */
export const getSipRule = (ctx: RequestContext, sipRuleId: string) => ctx.loaders.sipRule.load(sipRuleId);

/** ListSipRules, as a connection: every rule, or those targeting one SIP media application. */
export const listSipRules = (ctx: RequestContext, page: ForwardPage, sipMediaApplicationId: string | null) =>
  ctx.loaders.listSipRules(page, sipMediaApplicationId);
