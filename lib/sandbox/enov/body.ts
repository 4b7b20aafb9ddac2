/** Enov bodies are JSON; a form-encoded one is read too, and anything unreadable is empty. */
export function parseEnovBody(contentType: string, raw: string): unknown {
  if (contentType.toLowerCase().includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(raw));
  }
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
