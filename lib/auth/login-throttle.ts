import type { LimitStore, WindowRule } from '../limits/limit-store';

const FIFTEEN_MINUTES = 15 * 60 * 1000;

/** OWASP: slow down guessing one account, and one address guessing many accounts. */
export const LOGIN_LIMITS = {
  /** Failed logins per username: guessing one password. */
  perUsername: { limit: 5, windowMs: FIFTEEN_MINUTES },
  /** Failed logins per client address: trying many usernames. Higher, as an office or school shares one address. */
  perAddress: { limit: 20, windowMs: FIFTEEN_MINUTES },
  /** Failed logins per device cookie: a stolen or copied device cookie cannot guess forever either. */
  perDevice: { limit: 5, windowMs: FIFTEEN_MINUTES },
} satisfies Record<string, Omit<WindowRule, 'key'>>;

export interface LoginAttempt {
  username: string;
  address: string;
  /**
   * The nonce of a valid device cookie this browser got by signing in as this
   * username before, or null. Such a browser is held to its own budget, not
   * the username's: a stranger's wrong guesses cannot lock its owner out.
   */
  device: string | null;
}

export type LoginPermit =
  | {
      allowed: true;
      /** Call when the password was right: the attempt is not held against anyone. */
      succeeded(): Promise<void>;
      /** Call when the password was never checked (the server was busy): the attempt is given back. */
      cancelled(): Promise<void>;
    }
  | { allowed: false; retryAfterMs: number };

/**
 * Failed-login throttle by username (or device cookie) and by client address,
 * counted in a LimitStore that every process shares. An attempt is counted
 * BEFORE the password is checked, in one atomic step for both keys, so a burst
 * of parallel requests cannot all slip past the limit while the slow hash
 * runs; a correct password gives the attempt back. A refused attempt never
 * reaches the password check, so a blocked attacker learns nothing, not even
 * from a right guess.
 */
export class LoginThrottle {
  constructor(
    private readonly store: LimitStore,
    private readonly limits = LOGIN_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  private rules(attempt: LoginAttempt) {
    const user = attempt.device
      ? { key: `login:device:${attempt.device}`, ...this.limits.perDevice }
      : { key: `login:user:${attempt.username}`, ...this.limits.perUsername };
    return { user, address: { key: `login:address:${attempt.address}`, ...this.limits.perAddress } };
  }

  async begin(attempt: LoginAttempt): Promise<LoginPermit> {
    const { user, address } = this.rules(attempt);
    const taken = await this.store.take([user, address], this.now());
    if (!taken.allowed) return taken;
    return {
      allowed: true,
      succeeded: async () => {
        // The account's owner got in: forget the guesses against it (and this
        // device). The address only gets this attempt back, so one known
        // password cannot wipe an address's record of guessing other accounts.
        await Promise.all([
          this.store.reset(`login:user:${attempt.username}`),
          attempt.device ? this.store.reset(user.key) : null,
          this.store.refund(address.key, taken.token),
        ]);
      },
      cancelled: async () => {
        await Promise.all([this.store.refund(user.key, taken.token), this.store.refund(address.key, taken.token)]);
      },
    };
  }
}
