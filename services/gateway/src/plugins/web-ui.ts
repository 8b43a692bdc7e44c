import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import helmet from 'helmet';

/** The SPA's page for a browser's navigation to a client-side route (/driver, /wallet, ...). */
export interface SpaFallback {
  (request: FastifyRequest, reply: FastifyReply): FastifyReply | null;
}

/**
 * Security headers for every answer, with a strict Content-Security-Policy: scripts only from this
 * origin, no inline script, no framing. Styles allow 'unsafe-inline' because Mantine writes its theme's
 * CSS variables into a <style> element; styles cannot run code. helmet's middleware is built once:
 * @fastify/helmet built it again for every request (its directives parsed and checked each time, 3%
 * of the gateway's busy time under load). A route may still set its own policy (the API reference's).
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  const setHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // The API is called from this origin only; other sites may not embed or read it.
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  app.addHook('onRequest', (request, reply, done) => setHeaders(request.raw, reply.raw, (err) => done(err as Error | undefined)));
}

/**
 * Serves the web UI's build (web/dist) when there is one: hashed files under /assets are cached for
 * good, index.html is revalidated on every load so a deploy is seen at once. Both are read from the
 * build as it is now, so a rebuild under a running gateway (scripts/build-web, scripts/test) is
 * served at once rather than an index.html whose scripts are gone.
 * Returns the SPA fallback for the not-found handler, or null when there is no build.
 */
export async function registerWebUi(app: FastifyInstance, distDir: string): Promise<SpaFallback | null> {
  const indexFile = join(distDir, 'index.html');
  if (!existsSync(indexFile)) {
    app.log.warn({ distDir }, 'no web UI build; run scripts/build-web');
    return null;
  }
  await app.register(fastifyStatic, {
    root: join(distDir, 'assets'),
    prefix: '/assets/',
    // A file missing from the build reaches the not-found handler, like any unknown path.
    wildcard: true,
    index: false,
    cacheControl: false,
    setHeaders(res) {
      res.header('cache-control', 'public, max-age=31536000, immutable');
    },
  });
  let index = { mtimeMs: -1, html: Buffer.alloc(0) };
  const currentIndex = (): Buffer => {
    const { mtimeMs } = statSync(indexFile);
    if (mtimeMs !== index.mtimeMs) index = { mtimeMs, html: readFileSync(indexFile) };
    return index.html;
  };
  const sendIndex = (reply: FastifyReply) => reply.code(200).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(currentIndex());
  app.get('/index.html', { schema: { hide: true } }, (_request, reply) => sendIndex(reply));
  return (request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api') && (request.headers.accept ?? '').includes('text/html');
    return wantsPage ? sendIndex(reply) : null;
  };
}
