import { z } from 'zod';
import { decodeCursor, InvalidCursorError } from '../graph/index.ts';

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

/** A cursor this API issued (an endCursor). */
export const cursor = z
  .string()
  .refine((s) => {
    try {
      decodeCursor(s);
      return true;
    } catch (err) {
      if (err instanceof InvalidCursorError) return false;
      throw err;
    }
  }, 'after is not a cursor this API issued')
  .nullish();
