/**
 * Reads until `check` stops throwing (an expect inside it), for what the services agree on through
 * events a moment later; the last failure is the test's when time runs out.
 */
export async function eventuallyPasses<T>(read: () => Promise<T>, check: (value: T) => void, timeoutMs = 5_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    try {
      check(value);
      return value;
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
