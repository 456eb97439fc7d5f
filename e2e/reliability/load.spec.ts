import { expect, test } from '@playwright/test';
import { startServer, testPort } from '../support/server';
import { ApiUser } from './support/api-user';
import { addToCart, idleTimeoutOf, languageOf, LOAD_STEPS, productOf, type LoadUser } from './support/load-steps';

const USERS = 50;
const BURST = 20;
const ROUNDS = 1;

test("50 users × 20 concurrent requests: nothing fails, and no user ever sees another user's data", async () => {
  test.setTimeout(120_000);
  const server = await startServer({ port: testPort(19), dataDir: '.e2e/load', fresh: true });
  try {
    const users: LoadUser[] = await Promise.all(
      Array.from({ length: USERS }, async (_, index) => {
        const api = new ApiUser(server.url);
        const session = await api.session();
        return { index, api, csrfToken: session.attributes.csrfToken as string, fingerprint: session.id };
      }),
    );
    expect(new Set(users.map((user) => user.fingerprint)).size).toBe(USERS);

    const failures: string[] = [];
    let requests = 0;
    const started = Date.now();
    for (let round = 0; round < ROUNDS; round++) {
      // Every user fires a burst of BURST requests at once, all users together.
      await Promise.all(
        users.flatMap((user) =>
          Array.from({ length: BURST }, async (_, i) => {
            const n = round * BURST + i;
            const step = LOAD_STEPS[n % LOAD_STEPS.length]!;
            try {
              await step.run(user, n);
            } catch (error) {
              failures.push(`${step.name} (user ${user.index}, #${n}): ${(error as Error).message.split('\n')[0]}`);
            }
            requests++;
          }),
        ),
      );
    }
    test.info().annotations.push({ type: 'load', description: `${requests} requests in ${Date.now() - started} ms` });
    expect(failures.slice(0, 20), `${failures.length} of ${requests} requests failed`).toEqual([]);

    // Afterwards each session holds one of its own user's values.
    for (const user of users) {
      const session = await user.api.session();
      expect(session.id).toBe(user.fingerprint);
      const own = Array.from({ length: ROUNDS * BURST }, (_, n) => idleTimeoutOf(user.index, n));
      expect(own).toContain(session.maxInactiveInterval);
      expect(session.attributes.language).toBe(languageOf(user.index));
      // Every acknowledged add is there, and nothing of anyone else's.
      const adds = Array.from({ length: ROUNDS * BURST }, (_, n) => LOAD_STEPS[n % LOAD_STEPS.length]).filter(
        (step) => step === addToCart,
      ).length;
      expect(session.attributes.cart).toEqual([{ productId: productOf(user.index), quantity: adds }]);
    }
  } finally {
    await server.stop();
  }
});
