// A class code as a teacher's lesson link or a pupil's typing gives it, made canonical. Its own file, apart from the
// join request (classJoin.ts), so the lesson screens can read a code without the request's code.

/** Crockford's base32 without I, L, O, U, as the collector makes them. */
const CODE_ALPHABET = /^[0-9A-HJKMNP-TV-Z]{10}$/;

/** The canonical form of a class code as typed or linked ("7kq4-m9x2-tb" gives "7KQ4M9X2TB"), or null. */
export function normaliseClassCode(typed: string | null | undefined): string | null {
  if (typeof typed !== 'string' || typed.length > 40) return null;
  const compact = typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  return CODE_ALPHABET.test(compact) ? compact : null;
}
