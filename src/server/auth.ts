import { timingSafeEqual, createHash } from 'node:crypto';

/**
 * True when the request carries `Authorization: Bearer <token>` equal to the configured token.
 * Both sides are hashed first so the comparison is constant-time whatever their lengths.
 */
export function hasWriteToken(request: Request, token: string | undefined): boolean {
  if (!token) return false;
  const header = request.headers.get('authorization') ?? '';
  const m = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!m) return false;
  const a = createHash('sha256').update(m[1]!).digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b);
}
