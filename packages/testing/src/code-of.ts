/** What a call answered, as a test compares it: 'OK', or the refusal's stable code (else its message). */
export const codeOf = (p: Promise<unknown>): Promise<string> =>
  p.then(
    () => 'OK',
    (e: { code?: string }) => e.code ?? String(e),
  );
