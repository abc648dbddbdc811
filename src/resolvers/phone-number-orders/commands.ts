import { CreatePhoneNumberOrder } from '../../chime/operations/phone-number-orders.ts';
import type { PhoneNumberProductType } from '../../chime/shapes/phone-number.ts';
import type { RequestContext } from '../../context.ts';
import { toPhoneNumberOrder } from '../../loaders/phone-number-orders.ts';
import { checkProductTypeFits, E164_RULE } from '../phone-numbers/rules.ts';
import { checkEach, checkItemCount, validateThenRun } from '../shared/input-rules.ts';
import type { MutationResult } from '../shared/user-errors.ts';

/** Input of `orderPhoneNumbers`. */
export interface OrderPhoneNumbersInput {
  productType: PhoneNumberProductType;
  e164PhoneNumbers: string[];
}

/**
 * CreatePhoneNumberOrder. Changes: the order (replaced with the upstream's answer) and the
 * ordered numbers, which enter the inventory (forgotten: an earlier field may have found
 * them missing).
 */
export function orderPhoneNumbers(
  ctx: RequestContext,
  input: OrderPhoneNumbersInput,
): Promise<MutationResult<{ phoneNumberOrderId: string }>> {
  const field = ['input', 'e164PhoneNumbers'];
  const userErrors = [
    ...checkItemCount(input.e164PhoneNumbers, field, { min: 1 }),
    ...checkEach(input.e164PhoneNumbers, field, E164_RULE),
    ...input.e164PhoneNumbers.flatMap((e164, index) =>
      checkProductTypeFits(e164, input.productType, [...field, String(index)]),
    ),
  ];
  return validateThenRun<{ phoneNumberOrderId: string }>(
    userErrors,
    { phoneNumberOrderId: null },
    async () => {
      const { PhoneNumberOrder } = await ctx.client.send(CreatePhoneNumberOrder, {
        ProductType: input.productType,
        E164PhoneNumbers: input.e164PhoneNumbers,
      });
      const order = toPhoneNumberOrder(PhoneNumberOrder);
      ctx.loaders.replacePhoneNumberOrder(order);
      for (const e164 of input.e164PhoneNumbers) ctx.loaders.forgetPhoneNumber(e164);
      return { phoneNumberOrderId: order.phoneNumberOrderId };
    },
  );
}
