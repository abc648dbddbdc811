import { defineOperation } from '../operation.ts';
import type { Tag } from '../shapes/tag.ts';

/*
 * Tags of meetings and attendees. The legacy namespace tags them by id (TagMeeting, TagAttendee…:
 * no Chime SDK namespace has those); the Chime SDK Meetings namespace tags a meeting by its ARN.
 */

export interface TagsOutput {
  Tags?: Tag[];
}

export interface TagMeetingInput {
  MeetingId: string;
  Tags: Tag[];
}

/** Applies tags to a meeting. `POST /meetings/{MeetingId}/tags?operation=add` */
export const TagMeeting = defineOperation<TagMeetingInput>({
  name: 'TagMeeting',
  group: 'admin',
  method: 'POST',
  path: '/meetings/{MeetingId}/tags',
  fixedQuery: { operation: 'add' },
  successStatus: 204,
});

export interface UntagMeetingInput {
  MeetingId: string;
  TagKeys: string[];
}

/** Takes tags off a meeting by key. `POST /meetings/{MeetingId}/tags?operation=delete` */
export const UntagMeeting = defineOperation<UntagMeetingInput>({
  name: 'UntagMeeting',
  group: 'admin',
  method: 'POST',
  path: '/meetings/{MeetingId}/tags',
  fixedQuery: { operation: 'delete' },
  successStatus: 204,
});

export interface ListMeetingTagsInput {
  MeetingId: string;
}

/** Lists a meeting's tags. `GET /meetings/{MeetingId}/tags` */
export const ListMeetingTags = defineOperation<ListMeetingTagsInput, TagsOutput>({
  name: 'ListMeetingTags',
  group: 'admin',
  method: 'GET',
  path: '/meetings/{MeetingId}/tags',
  successStatus: 200,
});

export interface TagAttendeeInput {
  MeetingId: string;
  AttendeeId: string;
  Tags: Tag[];
}

/** Applies tags to an attendee. `POST /meetings/{MeetingId}/attendees/{AttendeeId}/tags?operation=add` */
export const TagAttendee = defineOperation<TagAttendeeInput>({
  name: 'TagAttendee',
  group: 'admin',
  method: 'POST',
  path: '/meetings/{MeetingId}/attendees/{AttendeeId}/tags',
  fixedQuery: { operation: 'add' },
  successStatus: 204,
});

export interface UntagAttendeeInput {
  MeetingId: string;
  AttendeeId: string;
  TagKeys: string[];
}

/** Takes tags off an attendee by key. `POST /meetings/{MeetingId}/attendees/{AttendeeId}/tags?operation=delete` */
export const UntagAttendee = defineOperation<UntagAttendeeInput>({
  name: 'UntagAttendee',
  group: 'admin',
  method: 'POST',
  path: '/meetings/{MeetingId}/attendees/{AttendeeId}/tags',
  fixedQuery: { operation: 'delete' },
  successStatus: 204,
});

export interface ListAttendeeTagsInput {
  MeetingId: string;
  AttendeeId: string;
}

/** Lists an attendee's tags. `GET /meetings/{MeetingId}/attendees/{AttendeeId}/tags` */
export const ListAttendeeTags = defineOperation<ListAttendeeTagsInput, TagsOutput>({
  name: 'ListAttendeeTags',
  group: 'admin',
  method: 'GET',
  path: '/meetings/{MeetingId}/attendees/{AttendeeId}/tags',
  successStatus: 200,
});

export interface TagResourceInput {
  ResourceARN: string;
  Tags: Tag[];
}

/** Applies tags to a meeting, named by its ARN. `POST /tags?operation=tag-resource` */
export const TagResource = defineOperation<TagResourceInput>({
  name: 'TagResource',
  group: 'meetings',
  method: 'POST',
  path: '/tags',
  fixedQuery: { operation: 'tag-resource' },
  successStatus: 204,
});

export interface UntagResourceInput {
  ResourceARN: string;
  TagKeys: string[];
}

/** Takes tags off a meeting, named by its ARN, by key. `POST /tags?operation=untag-resource` */
export const UntagResource = defineOperation<UntagResourceInput>({
  name: 'UntagResource',
  group: 'meetings',
  method: 'POST',
  path: '/tags',
  fixedQuery: { operation: 'untag-resource' },
  successStatus: 204,
});

export interface ListTagsForResourceInput {
  ResourceARN: string;
}

/** Lists the tags of a meeting, named by its ARN. `GET /tags?arn={ResourceARN}` */
export const ListTagsForResource = defineOperation<ListTagsForResourceInput, TagsOutput>({
  name: 'ListTagsForResource',
  group: 'meetings',
  method: 'GET',
  path: '/tags',
  query: { ResourceARN: 'arn' },
  successStatus: 200,
});
