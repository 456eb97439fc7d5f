/**
 * Runs once when the server starts. Checking the configuration here (not on
 * the first request) makes a production server without SESSION_SECRET exit at
 * once with a message, instead of starting and failing every request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { bootSessionRuntime } = await import('./lib/next-session/boot');
  const { config } = bootSessionRuntime();
  const { installHttpGuard } = await import('./lib/http/http-guard');
  installHttpGuard({ trustProxy: config.trustProxy });
  // Every request's cookies, as the wire view shows them (after the runtime: it reads the codec).
  const [{ installWireRecording }, { getWireRecorder }] = await Promise.all([
    import('./lib/wire/install'),
    import('./lib/next-session/wire'),
  ]);
  installWireRecording(getWireRecorder);
}
