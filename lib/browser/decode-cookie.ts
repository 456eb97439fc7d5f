/** Cookie values are URL-encoded by whoever wrote them; show them as written, or raw if they are not. */
export function decodeCookieValue(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
