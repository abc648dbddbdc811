import {
  BatchDeletePhoneNumber,
  BatchUpdatePhoneNumber,
  DeletePhoneNumber,
  RestorePhoneNumber,
  UpdatePhoneNumber,
} from '../../chime/operations/phone-numbers.ts';
import { PARAMETERS } from '../../chime/parameters.ts';
import type { PhoneNumberError } from '../../chime/shapes/phone-number.ts';
import type { RequestContext } from '../../context.ts';
import { e164OfPhoneNumberId, toPhoneNumber } from '../../loaders/phone-numbers.ts';
import { type BatchItemErrorModel, toPhoneNumberErrors } from '../shared/batch-item-errors.ts';
import { checkEach, checkItemCount, checkText, validateThenRun } from '../shared/input-rules.ts';
import { reachesAllAccounts } from '../shared/tenancy.ts';
import type { MutationResult, UserErrorModel } from '../shared/user-errors.ts';
import { getPhoneNumber } from './reads.ts';
import { checkUpdate, type PhoneNumberUpdateInput } from './rules.ts';

/**
 * What a single-number mutation answers: the number it changed (its E.164 number, the
 * loader's key). The payload reads the number through the request's loader, which the
 * mutation has updated, so it and every later field see the number as it now is.
 */
export type PhoneNumberMutationResult = MutationResult<{ phoneNumberId: string }>;

/** What a batch mutation answers: the numbers it changed, and per-number errors for the rest. */
export type BatchPhoneNumberMutationResult = MutationResult<{
  phoneNumberIds: string[];
  phoneNumberErrors: BatchItemErrorModel[];
}>;

/**
 * For a caller scoped to some accounts, the NOT_FOUND user errors of the numbers (each with the
 * input field naming it) that are out of its scope. Only the upstream's answer says which account
 * holds a number, so each is read first (one request's reads are shared with what follows); a
 * caller with every account reads nothing here.
 */
async function checkNumbersInScope(
  ctx: RequestContext,
  numbers: { phoneNumberId: string; field: string[] }[],
): Promise<UserErrorModel[]> {
  if (reachesAllAccounts(ctx.identity)) return [];
  const seen = await Promise.all(numbers.map(({ phoneNumberId }) => getPhoneNumber(ctx, phoneNumberId)));
  return numbers.flatMap(({ phoneNumberId, field }, index) =>
    seen[index]
      ? []
      : [{ field, message: `PhoneNumber ${phoneNumberId} does not exist`, code: 'NOT_FOUND' as const }],
  );
}

/** The input's problems, or else the numbers it names that are out of the caller's scope. */
async function inputThenScope(
  ctx: RequestContext,
  inputErrors: UserErrorModel[],
  numbers: { phoneNumberId: string; field: string[] }[],
): Promise<UserErrorModel[]> {
  return inputErrors.length > 0 ? inputErrors : checkNumbersInScope(ctx, numbers);
}

/** A number's id as the upstream takes it in a path: its E.164 number (the client encodes it). */
const upstreamId = (phoneNumberId: string) => e164OfPhoneNumberId(phoneNumberId);

/**
 * After a batch over `phoneNumberIds` (listed in the input under `field`): every listed number
 * is forgotten, as the upstream answers only the errors; answers the numbers it changed (their
 * E.164 numbers, once each) and the errors of the others.
 */
function batchOutcome(
  ctx: RequestContext,
  phoneNumberIds: readonly string[],
  errors: PhoneNumberError[] | undefined,
  field: readonly string[],
): { phoneNumberIds: string[]; phoneNumberErrors: BatchItemErrorModel[] } {
  const e164s = phoneNumberIds.map((id) => ctx.loaders.forgetPhoneNumber(id));
  const phoneNumberErrors = toPhoneNumberErrors(errors, phoneNumberIds, field);
  const failed = new Set(phoneNumberErrors.map((error) => error.id && e164OfPhoneNumberId(error.id)));
  return { phoneNumberIds: [...new Set(e164s)].filter((e164) => !failed.has(e164)), phoneNumberErrors };
}

/**
 * UpdatePhoneNumber: its calling name or its product type, one at a time. Changes: the
 * number (replaced with the upstream's answer; a calling name update stays
 * `UPDATE_IN_PROGRESS`, and a second one is the upstream's CONFLICT).
 */
export async function updatePhoneNumber(
  ctx: RequestContext,
  input: PhoneNumberUpdateInput,
): Promise<PhoneNumberMutationResult> {
  const field = ['input', 'phoneNumberId'];
  return validateThenRun<{ phoneNumberId: string }>(
    await inputThenScope(ctx, checkUpdate(input, ['input']), [{ phoneNumberId: input.phoneNumberId, field }]),
    { phoneNumberId: null },
    async () => {
      const { PhoneNumber } = await ctx.client.send(UpdatePhoneNumber, {
        PhoneNumberId: upstreamId(input.phoneNumberId),
        CallingName: input.callingName ?? undefined,
        ProductType: input.productType ?? undefined,
      });
      return { phoneNumberId: ctx.loaders.replacePhoneNumber(toPhoneNumber(PhoneNumber)) };
    },
    ['input', 'phoneNumberId'],
  );
}

/**
 * BatchUpdatePhoneNumber: one detail of each of several numbers; a number the upstream
 * refuses is an item error and the others still change. Changes: every listed number
 * (forgotten: the upstream answers only the errors).
 */
export async function batchUpdatePhoneNumber(
  ctx: RequestContext,
  input: { items: PhoneNumberUpdateInput[] },
): Promise<BatchPhoneNumberMutationResult> {
  const userErrors: UserErrorModel[] = input.items.flatMap((item, index) =>
    checkUpdate(item, ['input', 'items', String(index)]),
  );
  return validateThenRun<{ phoneNumberIds: string[]; phoneNumberErrors: BatchItemErrorModel[] }>(
    await inputThenScope(
      ctx,
      [...checkItemCount(input.items, ['input', 'items'], { min: 1 }), ...userErrors],
      input.items.map((item, index) => ({
        phoneNumberId: item.phoneNumberId,
        field: ['input', 'items', String(index), 'phoneNumberId'],
      })),
    ),
    { phoneNumberIds: null, phoneNumberErrors: null },
    async () => {
      const { PhoneNumberErrors } = await ctx.client.send(BatchUpdatePhoneNumber, {
        UpdatePhoneNumberRequestItems: input.items.map((item) => ({
          PhoneNumberId: upstreamId(item.phoneNumberId),
          CallingName: item.callingName ?? undefined,
          ProductType: item.productType ?? undefined,
        })),
      });
      return batchOutcome(
        ctx,
        input.items.map((item) => item.phoneNumberId),
        PhoneNumberErrors,
        ['input', 'items'],
      );
    },
  );
}

/**
 * DeletePhoneNumber: into the deletion queue (`DELETE_IN_PROGRESS`; the upstream purges it
 * after 7 days unless restored). Changes: the number (forgotten: the upstream answers 204).
 */
export async function deletePhoneNumber(
  ctx: RequestContext,
  input: { phoneNumberId: string },
): Promise<PhoneNumberMutationResult> {
  return validateThenRun<{ phoneNumberId: string }>(
    await inputThenScope(
      ctx,
      checkText(input.phoneNumberId, ['input', 'phoneNumberId'], PARAMETERS.PhoneNumberId),
      [{ phoneNumberId: input.phoneNumberId, field: ['input', 'phoneNumberId'] }],
    ),
    { phoneNumberId: null },
    async () => {
      await ctx.client.send(DeletePhoneNumber, { PhoneNumberId: upstreamId(input.phoneNumberId) });
      return { phoneNumberId: ctx.loaders.forgetPhoneNumber(input.phoneNumberId) };
    },
    ['input', 'phoneNumberId'],
  );
}

/**
 * BatchDeletePhoneNumber: several numbers into the deletion queue at once; a number the
 * upstream refuses (associated, already queued, unknown) is an item error and the others are
 * still queued. Changes: every listed number (forgotten: the upstream answers only the errors).
 */
export async function batchDeletePhoneNumber(
  ctx: RequestContext,
  input: { phoneNumberIds: string[] },
): Promise<BatchPhoneNumberMutationResult> {
  const field = ['input', 'phoneNumberIds'];
  return validateThenRun<{ phoneNumberIds: string[]; phoneNumberErrors: BatchItemErrorModel[] }>(
    await inputThenScope(
      ctx,
      [
        ...checkItemCount(input.phoneNumberIds, field, { min: 1 }),
        ...checkEach(input.phoneNumberIds, field, PARAMETERS.PhoneNumberId),
      ],
      input.phoneNumberIds.map((phoneNumberId, index) => ({
        phoneNumberId,
        field: [...field, String(index)],
      })),
    ),
    { phoneNumberIds: null, phoneNumberErrors: null },
    async () => {
      const { PhoneNumberErrors } = await ctx.client.send(BatchDeletePhoneNumber, {
        PhoneNumberIds: input.phoneNumberIds.map(upstreamId),
      });
      return batchOutcome(ctx, input.phoneNumberIds, PhoneNumberErrors, field);
    },
  );
}

/**
 * RestorePhoneNumber: from the deletion queue back into the inventory, `UNASSIGNED`.
 * Changes: the number (replaced with the upstream's answer).
 */
export async function restorePhoneNumber(
  ctx: RequestContext,
  input: { phoneNumberId: string },
): Promise<PhoneNumberMutationResult> {
  return validateThenRun<{ phoneNumberId: string }>(
    await inputThenScope(
      ctx,
      checkText(input.phoneNumberId, ['input', 'phoneNumberId'], PARAMETERS.PhoneNumberId),
      [{ phoneNumberId: input.phoneNumberId, field: ['input', 'phoneNumberId'] }],
    ),
    { phoneNumberId: null },
    async () => {
      const { PhoneNumber } = await ctx.client.send(RestorePhoneNumber, {
        PhoneNumberId: upstreamId(input.phoneNumberId),
      });
      return { phoneNumberId: ctx.loaders.replacePhoneNumber(toPhoneNumber(PhoneNumber)) };
    },
    ['input', 'phoneNumberId'],
  );
}
