/**
 * Numbering plans chime-local knows: which country an E.164 number belongs to, which
 * numbers are toll-free, and the (fictional, reserved-for-drama) ranges that
 * SearchAvailablePhoneNumbers makes numbers up from.
 */

/** US toll-free prefixes, as TollFreePrefix takes them. */
export const US_TOLL_FREE_PREFIXES = ['800', '833', '844', '855', '866', '877', '888'] as const;

interface CountryPlan {
  callingCode: string;
  /** Number ranges outside the US: the digits after the calling code, then 4 free digits. */
  local?: string;
  tollFree?: string;
}

/** Countries whose numbers can be searched for and ordered; `US` uses area codes instead of ranges. */
export const COUNTRIES: Record<string, CountryPlan> = {
  US: { callingCode: '1' },
  GB: { callingCode: '44', local: '207946', tollFree: '808157' },
  IE: { callingCode: '353', local: '1555', tollFree: '1800555' },
  DE: { callingCode: '49', local: '30555', tollFree: '800555' },
  FR: { callingCode: '33', local: '1555', tollFree: '800555' },
};

/** A few US states and their area codes, for searches by State (and City). */
export const US_STATE_AREA_CODES: Record<string, string[]> = {
  WA: ['206', '425', '360'],
  CA: ['415', '213', '408'],
  NY: ['212', '646', '718'],
  TX: ['512', '214', '713'],
  IL: ['312', '773'],
  MA: ['617', '508'],
  FL: ['305', '407'],
  CO: ['303', '720'],
  GA: ['404', '678'],
  OR: ['503', '541'],
};

/** The ISO 3166-1 alpha-2 country of an E.164 number, or undefined when no known plan matches. */
export function countryOf(e164: string): string | undefined {
  const digits = e164.replace(/^\+/, '');
  // Longest calling code first: +353 must not be read as some shorter code.
  const plans = Object.entries(COUNTRIES).sort(([, a], [, b]) => b.callingCode.length - a.callingCode.length);
  return plans.find(([, plan]) => digits.startsWith(plan.callingCode))?.[0];
}

/** Whether an E.164 number is toll-free (a US 8XX prefix, or another country's toll-free range). */
export function isTollFree(e164: string): boolean {
  const digits = e164.replace(/^\+/, '');
  const country = countryOf(e164);
  if (country === 'US') return (US_TOLL_FREE_PREFIXES as readonly string[]).includes(digits.slice(1, 4));
  const plan = country ? COUNTRIES[country] : undefined;
  return plan?.tollFree !== undefined && digits.startsWith(plan.callingCode + plan.tollFree);
}

/** `+1 AAA 555 0100` … `+1 AAA 555 9999`: the fictional 555 exchange, in order. */
export function usNumbersIn(areaCode: string): string[] {
  return lines(100, 10_000).map((line) => `+1${areaCode}555${line}`);
}

/** `+<code><range>0000` … `+<code><range>9999` for a non-US range, in order. */
export function numbersInRange(callingCode: string, range: string): string[] {
  return lines(0, 10_000).map((line) => `+${callingCode}${range}${line}`);
}

function lines(from: number, to: number): string[] {
  return Array.from({ length: to - from }, (_, index) => String(from + index).padStart(4, '0'));
}
