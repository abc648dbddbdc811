import type { Identity } from './channel.ts';
import type { EpochSeconds } from './timestamps.ts';

/** The details of a channel ban. */
export interface ChannelBan {
  ChannelArn?: string;
  CreatedBy?: Identity;
  CreatedTimestamp?: EpochSeconds;
  Member?: Identity;
}

/** Summary of the details of a ChannelBan. */
export interface ChannelBanSummary {
  Member?: Identity;
}
