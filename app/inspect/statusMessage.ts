// The message of an apiserver answer: a metav1.Status body's `message`, or the text as sent.
export function statusMessage(body: string): string {
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === 'object' && 'message' in parsed && typeof parsed.message === 'string') {
      return parsed.message;
    }
  } catch {
    // not JSON (a plain-text 404 or 429): show it as is
  }
  return body.trim();
}
