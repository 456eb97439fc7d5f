/**
 * The most one session of this app can hold, which is what the dashboard
 * shows a session's size against. Every attribute the app writes has a cap
 * (the capacity lab's 64 KB payload, the stateless lab's 8 KB note, a cart of
 * at most 50 lines of 99, ...); store-limits.test.ts fills each one to its cap
 * and checks the total stays inside. The stores would take far more (SQLite
 * up to 1,000,000,000 bytes in one value, Redis 512 MB), which is no reason to:
 * every request loads the whole session.
 */
export const SESSION_BUDGET_BYTES = 80 * 1024;
