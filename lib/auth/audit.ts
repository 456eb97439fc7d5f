/**
 * Security events (logins, failures, throttling, logouts, revocations) as one
 * JSON line each on stdout, for whoever watches the logs. JSON.stringify keeps
 * a hostile username from forging extra log lines. Never log passwords,
 * session IDs or tokens: fingerprints only.
 */
export function audit(event: string, details: Record<string, string | number | null>): void {
  console.info(JSON.stringify({ audit: event, at: new Date().toISOString(), ...details }));
}
