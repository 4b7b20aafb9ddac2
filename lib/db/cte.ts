import { getTableColumns, type InferSelectModel, type SQL, type Table } from 'drizzle-orm';

/**
 * A query builder's statement as the body of a CTE (`with x as (${cteBody(update)})`), for
 * several writes in one statement, hence one round trip. Embedded as a plain value, drizzle
 * would parenthesise the statement, and a parenthesised UPDATE is not a valid CTE body.
 */
export const cteBody = (statement: { getSQL(): SQL }): SQL => statement.getSQL();

/**
 * A row a statement returned as JSON (`row_to_json`), mapped as the query builder maps its own
 * results: property names, dates, numbers. For a statement that writes through CTEs and must
 * still hand back what it stored, defaults included.
 */
export function rowFromJson<T extends Table>(
  table: T,
  json: Record<string, unknown>,
): InferSelectModel<T> {
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = json[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as InferSelectModel<T>;
}
