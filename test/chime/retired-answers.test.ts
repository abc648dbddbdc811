import { describe, expect, it } from 'vitest';
import { isRetiredAnswer } from '../../src/chime/errors.ts';

describe('a retired action, as the legacy namespace answers it', () => {
  it.each([
    [410, 'GoneException', 'Gone'],
    [410, 'Http410Error', undefined],
    [400, 'InvalidAction', 'The action or operation requested is invalid.'],
    [404, 'UnknownOperationException', undefined],
    [403, 'ForbiddenException', 'Amazon Chime ended support on February 20, 2026.'],
    [400, 'BadRequestException', 'This API is no longer supported.'],
    [404, 'NotFoundException', 'The Amazon Chime service has been retired'],
  ])('%i %s (%s) is retired', (status, code, message) => {
    expect(isRetiredAnswer('admin', status, code, message)).toBe(true);
  });

  it.each([
    [404, 'NotFoundException', 'Account 42 not found'],
    [403, 'ForbiddenException', 'User is not authorized to perform chime:GetAccount'],
    [400, 'BadRequestException', 'AccountId must match the pattern .*\\S.*'],
    [409, 'ConflictException', 'This action is no longer supported'],
    [500, 'ServiceFailureException', 'no longer supported'],
    [429, 'ThrottledClientException', undefined],
  ])('%i %s (%s) is not', (status, code, message) => {
    expect(isRetiredAnswer('admin', status, code, message)).toBe(false);
  });

  it('holds only for the legacy namespace: the Chime SDK namespaces are not retired', () => {
    for (const group of ['voice', 'messaging', 'identity', 'meetings', 'media-pipelines'] as const)
      expect([group, isRetiredAnswer(group, 410, 'GoneException', 'no longer supported')]).toEqual([
        group,
        false,
      ]);
  });
});
