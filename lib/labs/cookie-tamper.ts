const SEAL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Changes one character in the middle of a seal (never a `*` or `~` separator), as an edit in devtools would. */
export function tamper(seal: string): string {
  let at = Math.floor(seal.length / 2);
  while (at < seal.length - 1 && !SEAL_ALPHABET.includes(seal[at]!)) at++;
  const replacement = seal[at] === 'A' ? 'B' : 'A';
  return seal.slice(0, at) + replacement + seal.slice(at + 1);
}
