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
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  responses?: Record<string, { description?: string }>;
  requestBody?: { content?: Record<string, { schema?: Schema; example?: unknown }> };
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: Schema }[];
}
interface Schema {
  $ref?: string;
  description?: string;
  example?: unknown;
}
interface OpenApiDocument {
  info: { title: string; version: string; description?: string; license?: { name: string; identifier?: string; url?: string }; contact?: { name?: string; url?: string; email?: string } };
  servers?: { url: string; description?: string; variables?: Record<string, { default: string }> }[];
  paths?: Record<string, Record<string, Operation> | undefined>;
  components?: { schemas?: Record<string, Schema> };
}

/** A schema as written, or the component its `$ref` names. */
const resolve = (doc: OpenApiDocument, schema: Schema | undefined): Schema | undefined =>
  schema?.$ref ? doc.components?.schemas?.[schema.$ref.split('/').pop()!] : schema;

/** The example of a request body: the media type's own, else its schema's. */
const bodyExample = (doc: OpenApiDocument, op: Operation): unknown => {
  const media = op.requestBody?.content?.['application/json'];
  return media?.example ?? resolve(doc, media?.schema)?.example;
};

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
            {(doc.info.description ?? '').split('\n\n').map((paragraph) => <p>{paragraph}</p>)}
            {doc.info.license ? (
              <p>
                {t.license}
                {doc.info.license.url ? <a href={doc.info.license.url}>{doc.info.license.name}</a> : doc.info.license.name}
                {doc.info.license.identifier ? <> (<code>{doc.info.license.identifier}</code>)</> : null}
              </p>
            ) : null}
            {doc.info.contact ? (
              <p>
                {t.contact}
                {doc.info.contact.url ? <a href={doc.info.contact.url}>{doc.info.contact.name ?? doc.info.contact.url}</a> : doc.info.contact.name}
                {doc.info.contact.email ? <> <a href={`mailto:${doc.info.contact.email}`}>{doc.info.contact.email}</a></> : null}
              </p>
            ) : null}
            {doc.servers?.length ? (
              <>
                <h2>{t.servers}</h2>
                <ul>
                  {doc.servers.map((server) => (
                    <li>
                      <code>{server.url}</code> {server.description}
                      {Object.entries(server.variables ?? {}).map(([name, v]) => (
                        <> (<code>{`{${name}}`}</code> = <code>{v.default}</code>)</>
                      ))}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
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
                {op.operationId ? (
                  <p>
                    {t.operationId}
                    <code>{op.operationId}</code>
                  </p>
                ) : null}
                {op.description ? <p>{op.description}</p> : null}
                {op.parameters?.length ? (
                  <table>
                    <caption>{t.parameters}</caption>
                    <thead>
                      <tr><th scope="col">{t.name}</th><th scope="col">{t.in}</th><th scope="col">{t.required}</th><th scope="col">{t.description}</th><th scope="col">{t.example}</th></tr>
                    </thead>
                    <tbody>
                      {op.parameters.map((p) => (
                        <tr>
                          <td><code>{p.name}</code></td><td>{p.in}</td><td>{p.required ? t.yes : t.no}</td>
                          <td>{p.description ?? p.schema?.description}</td>
                          <td>{p.schema?.example === undefined ? null : <code>{String(p.schema.example)}</code>}</td>
                        </tr>
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
                {bodyExample(doc, op) === undefined ? null : (
                  <details>
                    <summary>{t.example}</summary>
                    <pre>{JSON.stringify(bodyExample(doc, op), null, 2)}</pre>
                  </details>
                )}
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
