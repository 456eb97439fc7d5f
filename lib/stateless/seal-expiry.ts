/**
 * When an iron seal stops opening (epoch ms), read from the seal itself:
 * `Fe26.2*id*salt*iv*data*expiration*hmacSalt*hmac~2`. Only meaningful for a
 * seal that has just opened: the HMAC covers the expiration.
 */
export function sealExpiresAt(seal: string | undefined): number | null {
  const expiration = Number(seal?.split('*')[5]);
  return Number.isSafeInteger(expiration) && expiration > 0 ? expiration : null;
}
