import type { BotModel } from '../../loaders/bots.ts';
import { builder } from '../builder.ts';

// The Bot type's references, apart from its fields: an account lists its bots, and a bot points
// back at its account, so each side imports the other's reference from a leaf module.

/** The Bot object type, implemented in bot.ts. */
export const BotRef = builder.objectRef<BotModel>('Bot');

/** A page of bots. */
export const BotConnection = builder.connectionObject({ type: BotRef, name: 'BotConnection' });
