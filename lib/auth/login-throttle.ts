import { SlidingWindowLimiter, type RateLimitRule } from './rate-limiter';

const FIFTEEN_MINUTES = 15 * 60 * 1000;

/** OWASP: slow down guessing one account, and one address guessing many accounts. */
export const LOGIN_LIMITS = {
  /** Failed logins per username: guessing one password. */
  perUsername: { limit: 5, windowMs: FIFTEEN_MINUTES },
  /** Failed logins per client address: trying many usernames. Higher, as an office or school shares one address. */
  perAddress: { limit: 20, windowMs: FIFTEEN_MINUTES },
} satisfies Record<string, RateLimitRule>;

export type LoginPermit =
  | { allowed: true; /** Call when the password was right: the attempt is not held against anyone. */ succeeded(): void }
  | { allowed: false; retryAfterMs: number };

/**
 * Failed-login throttle by username and by client address. An attempt is
 * counted BEFORE the password is checked, so a burst of parallel requests
 * cannot all slip past the limit while the slow hash runs; a correct password
 * gives the attempt back. A refused attempt never reaches the password check,
 * so a blocked attacker learns nothing, not even from a right guess.
 */
export class LoginThrottle {
  private readonly byUsername: SlidingWindowLimiter;
  private readonly byAddress: SlidingWindowLimiter;

  constructor(limits = LOGIN_LIMITS, now?: () => number) {
    this.byUsername = new SlidingWindowLimiter(limits.perUsername, { now });
    this.byAddress = new SlidingWindowLimiter(limits.perAddress, { now });
  }

  begin(attempt: { username: string; address: string }): LoginPermit {
    const wait = Math.max(this.byUsername.retryAfterMs(attempt.username), this.byAddress.retryAfterMs(attempt.address));
    if (wait > 0) return { allowed: false, retryAfterMs: wait };
    // Both have room (checked just above, in the same synchronous step): take one of each.
    this.byUsername.take(attempt.username);
    const address = this.byAddress.take(attempt.address);
    return {
      allowed: true,
      succeeded: () => {
        // The account's owner got in: forget the guesses against it. The
        // address only gets this attempt back, so one known password cannot
        // wipe an address's record of guessing other accounts.
        this.byUsername.reset(attempt.username);
        if (address.allowed) this.byAddress.refund(attempt.address, address.at);
      },
    };
  }
}

// One throttle per server process, shared by the API route and the server
// action (Next may load them as separate bundles, hence globalThis).
const KEY = Symbol.for('session-lab.login-throttle');
type Holder = typeof globalThis & { [KEY]?: LoginThrottle };

export function loginThrottle(): LoginThrottle {
  const holder = globalThis as Holder;
  holder[KEY] ??= new LoginThrottle();
  return holder[KEY];
}
