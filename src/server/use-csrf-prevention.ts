/**
 * Cross-site request forgery: a page on another site can make a browser POST
 * a form (urlencoded, multipart or text/plain body) to this server without a
 * CORS preflight, and yoga would run a mutation sent that way. Such "simple"
 * requests are refused unless they carry a header no form can set, as yoga's
 * and Apollo's CSRF prevention do. JSON posts (what every GraphQL client
 * sends) are preflighted by browsers and pass. GET is left alone: yoga runs
 * no mutation over GET, and a cross-site page cannot read the answer.
 */
import type { Plugin } from 'graphql-yoga';
import { limitError } from './limit-error';

export const CSRF_HEADER = 'x-graphql-yoga-csrf';

const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

export function useCSRFPrevention(): Plugin {
  return {
    onRequestParse({ request }) {
      if (request.method === 'GET' || request.method === 'HEAD') return;
      const contentType = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
      const simple = contentType === '' || SIMPLE_CONTENT_TYPES.includes(contentType);
      if (simple && !request.headers.has(CSRF_HEADER)) {
        throw limitError(
          'CSRF_PREVENTED',
          `Refused as a possible cross-site request: send the body as application/json, or add a \`${CSRF_HEADER}\` header.`,
          403,
        );
      }
    },
  };
}
