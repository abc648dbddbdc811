import { describe, expect, it } from 'vitest';
import { newMeeting, signedRequest, useMeetingsLocal } from './meetings-helpers.ts';

// ListMeetings is the legacy namespace's alone (no SDK client has it): its wire format is the
// API reference's, `GET /meetings?max-results=MaxResults&next-token=NextToken`.
const chime = useMeetingsLocal();

describe('ListMeetings', () => {
  it('lists the meetings in pages of max-results, resumed with next-token', async () => {
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1)
      ids.push((await newMeeting(chime.meetings, `m-${index}`)).MeetingId!);

    const first = await signedRequest(chime.local, 'GET', '/meetings?max-results=2');
    expect(first.status).toBe(200);
    expect(first.body.Meetings).toHaveLength(2);
    expect(first.body.Meetings[0]).toMatchObject({
      MeetingId: ids[0],
      ExternalMeetingId: 'm-0',
      MediaRegion: 'eu-west-1',
    });
    expect(first.body.Meetings[0].MediaPlacement.AudioHostUrl).toEqual(expect.any(String));

    const seen = first.body.Meetings.map((meeting: { MeetingId: string }) => meeting.MeetingId);
    let token: string | undefined = first.body.NextToken;
    while (token) {
      const page = await signedRequest(
        chime.local,
        'GET',
        `/meetings?max-results=2&next-token=${encodeURIComponent(token)}`,
      );
      expect(page.status).toBe(200);
      seen.push(...page.body.Meetings.map((meeting: { MeetingId: string }) => meeting.MeetingId));
      token = page.body.NextToken;
    }
    expect(seen).toEqual(ids);
  });

  it('answers a max-results out of 1-99 or an altered next-token with 400 BadRequestException', async () => {
    for (const maxResults of ['0', '100', 'ten']) {
      const answer = await signedRequest(chime.local, 'GET', `/meetings?max-results=${maxResults}`);
      expect(answer.status).toBe(400);
      expect(answer.errorType).toBe('BadRequestException');
      expect(answer.body).toEqual({
        Code: 'BadRequestException',
        Message: expect.stringContaining('MaxResults'),
      });
    }
    const altered = await signedRequest(chime.local, 'GET', '/meetings?next-token=forged.token');
    expect(altered.status).toBe(400);
    expect(altered.body.Message).toContain('NextToken');
  });
});
