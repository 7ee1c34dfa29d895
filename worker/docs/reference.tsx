/**
 * `/docs`: a self-contained API reference rendered from the OpenAPI document (no CDN, works offline).
 * In English, the language of the OpenAPI descriptions it shows.
 */
import { raw } from 'hono/html';
import { messages, type Locale } from '../i18n';

const LOCALE: Locale = 'en';
/** Code words of the page, never translated. */
const OPENAPI_PATH = '/v1/openapi.json';
const PROBLEM_TYPE = 'application/problem+json';
const FIELD_ERRORS = 'errors[].field';

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
  const t = messages(LOCALE).docs;
  const ops = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item ?? {}).map(([method, op]) => ({ path, method, op })),
  );
  return (
    '<!doctype html>' +
    (
      <html lang={LOCALE}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{t.title(doc.info.title)}</title>
          <style>{raw(STYLE)}</style>
        </head>
        <body>
          <main>
            <h1>
              {doc.info.title} <small>{doc.info.version}</small>
            </h1>
            <p>{doc.info.description}</p>
            <p>
              {t.machineReadable}
              <a href={OPENAPI_PATH}>{OPENAPI_PATH}</a>
              {t.errorsAre}
              <code>{PROBLEM_TYPE}</code>
              {t.with}
              <code>{FIELD_ERRORS}</code>
              {t.namingFields}
            </p>
            <h2>{t.operations}</h2>
            {ops.map(({ path, method, op }) => (
              <section class="op" aria-labelledby={`op-${method}-${path}`}>
                <h3 id={`op-${method}-${path}`}>
                  <span class="m">{method}</span> <code>{path}</code>
                </h3>
                <p>{op.summary}</p>
                {op.description ? <p>{op.description}</p> : null}
                {op.parameters?.length ? (
                  <table>
                    <caption>{t.parameters}</caption>
                    <thead>
                      <tr><th scope="col">{t.name}</th><th scope="col">{t.in}</th><th scope="col">{t.required}</th></tr>
                    </thead>
                    <tbody>
                      {op.parameters.map((p) => (
                        <tr><td><code>{p.name}</code></td><td>{p.in}</td><td>{p.required ? t.yes : t.no}</td></tr>
                      ))}
                    </tbody>
                  </table>
                ) : null}
                {op.requestBody ? (
                  <details>
                    <summary>{t.requestBody}</summary>
                    <pre>{JSON.stringify(op.requestBody.content?.['application/json']?.schema, null, 2)}</pre>
                  </details>
                ) : null}
                <h4>{t.responses}</h4>
                <ul>
                  {Object.entries(op.responses ?? {}).map(([status, r]) => (
                    <li><code>{status}</code> {r.description}</li>
                  ))}
                </ul>
              </section>
            ))}
            <h2>{t.schemas}</h2>
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
