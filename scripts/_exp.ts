import { Client } from 'pg';
import { checkout } from './bench-checkout';
const [base, n, conns, dburl] = process.argv.slice(2);
async function main() {
  const db = dburl ? new Client({ connectionString: dburl }) : undefined;
  await db?.connect();
  const r = await checkout({ base: base!, port: 0, child: {} as never, env: {} }, Number(conns), Number(n), db);
  console.log(r);
  await db?.end();
}
main();
