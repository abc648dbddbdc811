import type { Route } from '../router.ts';

/** The messaging group's operations. */
export const messagingRoutes: Route[] = [];
