import type { Route } from '../router.ts';
import { accountRoutes } from './accounts.ts';
import { botRoutes } from './bots.ts';
import { globalSettingsRoutes } from './global-settings.ts';
import { roomRoutes } from './rooms.ts';
import { userLifecycleRoutes } from './user-lifecycle.ts';
import { userRoutes } from './users.ts';

/** The admin group's operations: accounts, users and their settings, chat rooms, bots, global settings. */
export const adminRoutes: Route[] = [
  ...accountRoutes,
  ...userRoutes,
  ...userLifecycleRoutes,
  ...roomRoutes,
  ...botRoutes,
  ...globalSettingsRoutes,
];
