import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onShutdown, shutdownStep } from './shutdown';

function response(): ServerResponse {
  return new ServerResponse(new IncomingMessage(new Socket()));
}

/** The listeners this test added, taken off again so the test runner's own stay as they were. */
const before = { SIGTERM: process.listeners('SIGTERM'), SIGINT: process.listeners('SIGINT') };
afterEach(() => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    for (const listener of process.listeners(signal)) if (!before[signal].includes(listener)) process.off(signal, listener);
  }
});

describe('shutdown', () => {
  it('says Connection: close only once the signal came, runs what it was given once, and listens once per process', () => {
    // Stands in for Next.js's own listener, which exits when its cleanup is done: so no signal is raised again here.
    process.on('SIGTERM', () => {});
    const run = vi.fn();
    onShutdown(run);
    onShutdown(run); // a second bundle's call: no second listener
    const step = shutdownStep();
    const request = new IncomingMessage(new Socket());

    const early = response();
    step.onRequest?.(request, early);
    expect(early.getHeader('connection')).toBeUndefined();
    expect(run).not.toHaveBeenCalled();

    process.emit('SIGTERM');
    expect(run).toHaveBeenCalledOnce();
    const late = response();
    step.onRequest?.(request, late);
    expect(late.getHeader('connection')).toBe('close');
  });
});
