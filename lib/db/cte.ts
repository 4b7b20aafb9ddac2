import type { SQL } from 'drizzle-orm';

/**
 * A query builder's statement as the body of a CTE (`with x as (${cteBody(update)})`), for
 * several writes in one statement, hence one round trip. Embedded as a plain value, drizzle
 * would parenthesise the statement, and a parenthesised UPDATE is not a valid CTE body.
 */
export const cteBody = (statement: { getSQL(): SQL }): SQL => statement.getSQL();
