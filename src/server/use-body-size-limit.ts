/**
 * Refuses a request body over a byte limit, with 413 and BODY_TOO_LARGE: at
 * once from its Content-Length, or while it streams in when it has none
 * (chunked), so a client cannot make the server buffer an unbounded body.
 * Yoga has a similar guard; this one replaces it (createApp turns yoga's off)
 * so that the error names the limit and its setting.
 */
import type { Plugin } from 'graphql-yoga';
import { limitError } from './limit-error';

export function useBodySizeLimit(maxBytes: number): Plugin {
  const tooLarge = (size: string) =>
    limitError('BODY_TOO_LARGE', `The request body is ${size} bytes; the limit is ${maxBytes} (NEWSGRAPH_MAX_BODY_BYTES).`, 413);
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared !== null && Number(declared) > maxBytes) throw tooLarge(declared);
      if (!requestParser || !request.body) return;
      const parse = requestParser;
      setRequestParser((incoming) => {
        if (!incoming.body) return parse(incoming);
        let read = 0;
        // Under node:http the body is whatwg-node's stream, which needs its own TransformStream (as in yoga's guard).
        const Transform = incoming.body instanceof ReadableStream ? TransformStream : fetchAPI.TransformStream;
        const counted = incoming.body.pipeThrough(
          new Transform<Uint8Array, Uint8Array>({
            transform(chunk, controller) {
              read += chunk.byteLength;
              if (read > maxBytes) controller.error(tooLarge(`over ${maxBytes}`));
              else controller.enqueue(chunk);
            },
          }),
        );
        return parse(new fetchAPI.Request(incoming.url, { method: incoming.method, headers: incoming.headers, body: counted, duplex: 'half' } as RequestInit));
      });
    },
  };
}
