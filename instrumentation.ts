/**
 * Runs once when the server starts. Checking the configuration here (not on
 * the first request) makes a production server without SESSION_SECRET exit at
 * once with a message, instead of starting and failing every request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { bootSessionRuntime } = await import('./lib/next-session/boot');
  const { config } = bootSessionRuntime();
  const [
    { installRequestHook },
    { httpGuardStep },
    { wireRecordingStep },
    { getWireRecorder },
    { onShutdown, shutdownStep },
    { endAllEventStreams },
  ] = await Promise.all([
    import('./lib/http/request-hook'),
    import('./lib/http/http-guard'),
    import('./lib/wire/install'),
    import('./lib/next-session/wire'),
    import('./lib/http/shutdown'),
    import('./lib/next-session/event-stream'),
  ]);
  // One hook, its steps in order: note the Cookie header as sent (before anything
  // can answer, so a refused request is recorded too), the shutdown's
  // `Connection: close`, then the guard; the recording (after the runtime: it
  // reads the codec) unless WIRE_RECORDING=off.
  installRequestHook([
    ...(config.wireRecording ? [wireRecordingStep(getWireRecorder)] : []),
    shutdownStep(),
    httpGuardStep({ trustProxy: config.trustProxy }),
  ]);
  onShutdown(endAllEventStreams);
}
