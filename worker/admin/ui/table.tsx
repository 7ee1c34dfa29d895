/**
 * The admin's list of records: a sentence when there are none, else a table that scrolls sideways
 * on narrow screens (`table-wrap`), captioned for screen readers, with a column header per column.
 */
import type { Child } from 'hono/jsx';

/**
 * @example
 * <RecordTable caption={t.audit.title} empty={t.audit.empty} columns={[t.audit.when, t.audit.who]} rows={rows} row={(r) => (
 *   <tr><td>{r.when}</td><td>{r.who}</td></tr>
 * )} />
 */
export function RecordTable<T>({ caption, empty, columns, rows, row }: { caption: string; empty: string; columns: readonly string[]; rows: readonly T[]; row: (record: T) => Child }) {
  if (rows.length === 0) return <p>{empty}</p>;
  return (
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col">{column}</th>
            ))}
          </tr>
        </thead>
        <tbody>{rows.map(row)}</tbody>
      </table>
    </div>
  );
}
