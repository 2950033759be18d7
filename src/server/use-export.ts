import type { Plugin } from 'graphql-yoga';
import { exportGraph } from '../graph/export-graph';
import { EXPORT_FORMATS, isExportFormat } from '../graph/export/export-formats';
import type { Store } from '../store/store';

/**
 * GET /export.{json|jsonld|graphml|csv|cypher}: the whole graph in that format,
 * the same bytes as `newsgraph export --format`. For a file download (Gephi,
 * Neo4j); GraphQL stays the way to ask questions.
 */
export function useExport(store: Store): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const match = /^\/export\.([a-z]+)$/.exec(url.pathname);
      if (!match || request.method !== 'GET') return;
      const format = match[1];
      if (!isExportFormat(format)) {
        endResponse(
          fetchAPI.Response.json({ error: `unknown export format "${format}"; use one of ${Object.keys(EXPORT_FORMATS).join(', ')}` }, { status: 404 }),
        );
        return;
      }
      const body = EXPORT_FORMATS[format].render(await exportGraph(store));
      endResponse(
        new fetchAPI.Response(body, {
          headers: { 'content-type': EXPORT_FORMATS[format].mediaType, 'content-disposition': `attachment; filename="newsgraph.${format === 'jsonld' ? 'jsonld' : format}"` },
        }),
      );
    },
  };
}
