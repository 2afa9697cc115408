/**
 * Live updates over HTTP, as the browser gets them: a server-sent-events stream
 * per signed-in user carries that user's committed changes, and shutting the
 * server down ends open streams instead of waiting on them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOverHttp, startTestServer, typedClient } from './start';

let app: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  app = await startTestServer({ SIMULATOR_ENABLED: 'false' });
});
afterAll(() => app?.close());

/** Opens the stream and reads its text as it comes. */
async function openStream(cookie?: string) {
  const response = await fetch(`${app.url}/api/trpc/live.changes`, {
    headers: { accept: 'text/event-stream', ...(cookie ? { cookie } : {}) },
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  return {
    response,
    async readUntil(needle: string, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (!text.includes(needle)) {
        if (Date.now() > deadline) throw new Error(`no "${needle}" in: ${text}`);
        const { value, done } = await reader.read();
        if (done) break;
        text += value;
      }
      return text;
    },
    /** Resolves when the server ends the stream. */
    async ended() {
      while (!(await reader.read()).done) {}
    },
    cancel: () => reader.cancel(),
  };
}

describe('live.changes over HTTP', () => {
  it("streams the user's own writes, not another user's", async () => {
    const hana = await signUpOverHttp(app.url, 'Hana');
    const omar = await signUpOverHttp(app.url, 'Omar');
    const stream = await openStream(hana);
    expect(stream.response.headers.get('content-type')).toContain('text/event-stream');
    await typedClient(app.url, omar).project.create.mutate({ projectName: 'Omar’s' });
    await typedClient(app.url, hana).project.create.mutate({ projectName: 'Hana’s' });
    const text = await stream.readUntil('projects');
    // Omar's write came first: had it reached Hana's stream, it would be there already.
    expect(text.match(/projects/g)).toHaveLength(1);
    await stream.cancel();
  });

  it('without a session the stream is refused', async () => {
    const stream = await openStream();
    expect(await stream.readUntil('UNAUTHORIZED')).toContain('UNAUTHORIZED');
    await stream.cancel();
  });

  it('shutdown ends open streams at once', async () => {
    const own = await startTestServer({ SIMULATOR_ENABLED: 'false' });
    const cookie = await signUpOverHttp(own.url, 'Lea');
    const response = await fetch(`${own.url}/api/trpc/live.changes`, {
      headers: { accept: 'text/event-stream', cookie },
    });
    const reading = response.body!.pipeTo(new WritableStream());
    const started = Date.now();
    await own.close();
    await reading.catch(() => undefined);
    // The drain would wait 10 s for a request still open.
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
