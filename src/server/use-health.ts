import type { Plugin } from 'graphql-yoga';

/**
 * GET /health -> 200 {"status":"ok"}: the process is up and serving. It does
 * not touch the store, so a slow database does not make probes time out.
 */
export function useHealth(path = '/health'): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname === path && (request.method === 'GET' || request.method === 'HEAD')) {
        endResponse(fetchAPI.Response.json({ status: 'ok' }));
      }
    },
  };
}
