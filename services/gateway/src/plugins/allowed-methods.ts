import type { FastifyInstance } from 'fastify';

/**
 * The methods the gateway answers on a path, learned from its routes as they are added, so that a
 * known path asked with another method is told 405 and what it takes (Allow), not that it does not
 * exist. Catch-all routes (the web UI's files) are left out: they would make every path "known".
 */
export function allowedMethods(app: FastifyInstance): (path: string) => string[] {
  const routes: Array<{ pattern: RegExp; methods: string[] }> = [];
  app.addHook('onRoute', (route) => {
    if (route.url.includes('*')) return;
    const methods = [route.method].flat();
    routes.push({ pattern: patternOf(route.url), methods });
  });
  return (path) => {
    const found = new Set(routes.filter((r) => r.pattern.test(path)).flatMap((r) => r.methods));
    return [...found].sort();
  };
}

/** `/api/trips/:tripId/settle` matches `/api/trips/<one segment>/settle`. */
function patternOf(url: string): RegExp {
  const source = url
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}/?$`);
}
