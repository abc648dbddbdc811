import type { Route } from '../router.ts';

/** Phone number operations (inventory, orders, search, user associations). */
export const phoneNumberRoutes: Route[] = [];
