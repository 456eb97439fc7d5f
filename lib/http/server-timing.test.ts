import { describe, expect, it } from 'vitest';
import { serverTiming, serverTimingDuration } from './server-timing';

describe('Server-Timing', () => {
  it('writes metrics as name;dur;desc and reads a duration back by name', () => {
    const header = serverTiming([
      { name: 'password', ms: 102.345, description: 'Password check' },
      { name: 'other', ms: 3, description: 'Other' },
    ]);
    expect(header).toBe('password;dur=102.3;desc="Password check", other;dur=3.0;desc="Other"');
    expect(serverTimingDuration(header, 'password')).toBe(102.3);
    expect(serverTimingDuration(header, 'other')).toBe(3);
  });

  it('gives null for a missing metric, a missing header or a duration that is not a number', () => {
    expect(serverTimingDuration('password;dur=5', 'hash')).toBeNull();
    expect(serverTimingDuration(null, 'password')).toBeNull();
    expect(serverTimingDuration('password;desc="x"', 'password')).toBeNull();
    expect(serverTimingDuration('password;dur=abc', 'password')).toBeNull();
  });
});
