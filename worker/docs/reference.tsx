/**
 * `/docs`: a self-contained API reference rendered from the OpenAPI document (no CDN, works offline).
 */
import { raw } from 'hono/html';

interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  responses?: Record<string, { description?: string }>;
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown }[];
}
interface OpenApiDocument {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, Operation> | undefined>;
  components?: { schemas?: Record<string, unknown> };
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1a1a1a}
code,pre{font:14px ui-monospace,monospace}pre{background:#f4f4f2;padding:.75rem;overflow:auto;border-radius:6px}
.op{border:1px solid #d0d0cc;border-radius:8px;padding:1rem;margin:1rem 0}.m{font-weight:700;text-transform:uppercase;color:#0b5e55}
details{margin:.5rem 0}table{border-collapse:collapse}td,th{border:1px solid #d0d0cc;padding:.25rem .5rem;text-align:left}`;

/** Renders the reference; takes the generated document as it comes from @hono/zod-openapi. */
export function apiReference(document: unknown) {
  const doc = document as OpenApiDocument;
  const ops = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item ?? {}).map(([method, op]) => ({ path, method, op })),
  );
  return (
    '<!doctype html>' +
    (
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{doc.info.title} — reference</title>
          <style>{raw(STYLE)}</style>
        </head>
        <body>
          <main>
            <h1>
              {doc.info.title} <small>{doc.info.version}</small>
            </h1>
            <p>{doc.info.description}</p>
            <p>
              Machine-readable: <a href="/v1/openapi.json">/v1/openapi.json</a>. Errors are <code>application/problem+json</code> with{' '}
              <code>errors[].field</code> naming each invalid field.
            </p>
            <h2>Operations</h2>
            {ops.map(({ path, method, op }) => (
              <section class="op" aria-labelledby={`op-${method}-${path}`}>
                <h3 id={`op-${method}-${path}`}>
                  <span class="m">{method}</span> <code>{path}</code>
                </h3>
                <p>{op.summary}</p>
                {op.description ? <p>{op.description}</p> : null}
                {op.parameters?.length ? (
                  <table>
                    <caption>Parameters</caption>
                    <thead>
                      <tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Required</th></tr>
                    </thead>
                    <tbody>
                      {op.parameters.map((p) => (
                        <tr><td><code>{p.name}</code></td><td>{p.in}</td><td>{p.required ? 'yes' : 'no'}</td></tr>
                      ))}
                    </tbody>
                  </table>
                ) : null}
                {op.requestBody ? (
                  <details>
                    <summary>Request body</summary>
                    <pre>{JSON.stringify(op.requestBody.content?.['application/json']?.schema, null, 2)}</pre>
                  </details>
                ) : null}
                <h4>Responses</h4>
                <ul>
                  {Object.entries(op.responses ?? {}).map(([status, r]) => (
                    <li><code>{status}</code> {r.description}</li>
                  ))}
                </ul>
              </section>
            ))}
            <h2>Schemas</h2>
            {Object.entries(doc.components?.schemas ?? {}).map(([name, schema]) => (
              <details>
                <summary><code>{name}</code></summary>
                <pre>{JSON.stringify(schema, null, 2)}</pre>
              </details>
            ))}
          </main>
        </body>
      </html>
    ).toString()
  );
}
