import type { Route } from '../router.ts';

/** The admin group's operations. */
export const adminRoutes: Route[] = [];
