import type { Route } from '../router.ts';

/** The voice group's operations. */
export const voiceRoutes: Route[] = [];
