import type { CachingCaller } from '../cache/read-cache.ts';
import { ListAttendeeTags, ListMeetingTags, ListTagsForResource } from '../chime/operations/meeting-tags.ts';
import type { Tag } from '../chime/shapes/tag.ts';
import type { AttendeeKey } from './meetings.ts';
import { getLoader } from './shared/get-loader.ts';

/** A tag of a meeting or an attendee. */
export interface MeetingTagModel {
  key: string;
  value: string;
}

/** Maps the upstream's tags. */
export function toMeetingTags(tags: readonly Tag[] | undefined): MeetingTagModel[] {
  return (tags ?? []).map((tag) => ({ key: tag.Key, value: tag.Value }));
}

/**
 * Per-request loaders for the tags of meetings (by id, and by ARN) and attendees. They are not
 * kept in the shared cache: one tag write can change what all three read (a meeting's tags by id
 * and by ARN), so each request reads them afresh, and a write here forgets all of them.
 */
export function createMeetingTagLoaders(client: CachingCaller) {
  const meetingTags = getLoader(
    (meetingId: string) =>
      client.send(ListMeetingTags, { MeetingId: meetingId }).then((out) => toMeetingTags(out.Tags)),
    (meetingId) => meetingId,
  );
  const attendeeTags = getLoader(
    ({ meetingId, attendeeId }: AttendeeKey) =>
      client
        .send(ListAttendeeTags, { MeetingId: meetingId, AttendeeId: attendeeId })
        .then((out) => toMeetingTags(out.Tags)),
    ({ meetingId, attendeeId }) => `${meetingId}/${attendeeId}`,
  );
  const resourceTags = getLoader(
    (resourceArn: string) =>
      client.send(ListTagsForResource, { ResourceARN: resourceArn }).then((out) => toMeetingTags(out.Tags)),
    (resourceArn) => resourceArn,
  );
  return {
    meetingTags,
    attendeeTags,
    resourceTags,
    /** Tags changed by a write: every tag read of the request is made again when next asked for. */
    forgetMeetingTags(): void {
      meetingTags.clearAll();
      attendeeTags.clearAll();
      resourceTags.clearAll();
    },
  };
}
