import type { Plugin } from 'graphql-yoga';
import type { GraphStore } from '../context.js';
import { EXPORT_FORMATS, renderExport } from './formats.js';

const ALLOWED_METHODS = 'GET, HEAD';

/**
 * Serves the exports at `/export/graph.gexf`, `.nt`, `.jsonld` and `.cypher` as downloads of the
 * graph currently served. Anything else under `/export` is a 404 that lists the formats; a
 * method other than GET or HEAD is a 405 with an Allow header.
 */
export function exportPlugin(store: GraphStore): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/export' && !url.pathname.startsWith('/export/')) return;
      const exportFormat = EXPORT_FORMATS.find((candidate) => candidate.path === url.pathname);
      if (!exportFormat) {
        endResponse(
          fetchAPI.Response.json(
            {
              error: `No export at ${url.pathname}.`,
              formats: EXPORT_FORMATS.map(({ path, contentType, description }) => ({
                path,
                contentType,
                description,
              })),
            },
            { status: 404 },
          ),
        );
        return;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(
          fetchAPI.Response.json(
            { error: `${request.method} is not allowed on ${url.pathname}; use GET.` },
            { status: 405, headers: { allow: ALLOWED_METHODS } },
          ),
        );
        return;
      }
      const body = renderExport(store.current, exportFormat);
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : body, {
          headers: {
            'content-type': exportFormat.contentType,
            'content-disposition': `attachment; filename="${exportFormat.filename}"`,
            'content-length': String(Buffer.byteLength(body)),
          },
        }),
      );
    },
  };
}
