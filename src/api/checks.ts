import { z } from 'zod';
import { decodeChangeCursor, decodeCursor, InvalidCursorError } from '../graph/index.ts';

// The checks arguments carry (`validate:`, @pothos/plugin-validation): each rule is written once,
// beside nothing else, and a failure becomes BAD_USER_INPUT naming the argument (api/builder.ts).
// Absent optional arguments pass: their defaults apply.

/** An integer from min to max. */
export const between = (name: string, min: number, max: number) => {
  const message = `${name} must be between ${min} and ${max}`;
  return z.number().int(message).min(min, message).max(max, message).nullish();
};

/** A string of at most `max` characters (after trimming, when `trimmed`), and not empty then. */
export const text = (name: string, max: number, o: { trimmed?: boolean } = {}) =>
  o.trimmed
    ? z.string().refine((s) => s.trim().length > 0 && s.trim().length <= max, `${name} must be 1 to ${max} characters`)
    : z.string().max(max, `${name} is at most ${max} characters`);

/** Whether `decode` takes `s` (a cursor decoder throws InvalidCursorError on anything it did not issue). */
function decodes(decode: (s: string) => unknown, s: string): boolean {
  try {
    decode(s);
    return true;
  } catch (err) {
    if (err instanceof InvalidCursorError) return false;
    throw err;
  }
}

/** A cursor this API issued (an endCursor). */
export const cursor = z
  .string()
  .refine((s) => decodes(decodeCursor, s), 'after is not a cursor this API issued')
  .nullish();

/** A cursor of the change log this API issued: a change's (changes) or an event's (subscriptions). */
export const changeCursor = z
  .string()
  .refine((s) => decodes(decodeChangeCursor, s), 'after is not a change or event cursor this API issued')
  .nullish();

/** A country's key, e.g. "country:japan". */
export const countryKey = z
  .string()
  .regex(/^country:[a-z0-9]+(-[a-z0-9]+)*$/, 'country must be a country key, e.g. "country:japan"')
  .nullish();

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A date as articles give them: YYYY, YYYY-MM or YYYY-MM-DD (a partial date stands for its whole month or year). */
export const isoDate = z.string().regex(ISO_DATE, 'dates look like YYYY, YYYY-MM or YYYY-MM-DD').nullish();

/** Whether span `from` starts no later than span `to` ends: each cut to the other's length (2019-06 to 2019 is fine). */
const ordered = ({ from, to }: { from?: string | null; to?: string | null }) =>
  !from || !to || from.slice(0, to.length) <= to.slice(0, from.length);

/**
 * A window of dates: `from` and `to` dates, `from` not after `to`. Other keys pass through, so the
 * same check serves an input object and a field's arguments (the plugin passes on what it returns).
 */
export const dateWindow = z.looseObject({ from: isoDate, to: isoDate }).refine(ordered, { message: 'from is after to', path: ['from'] });
