import autocannon from 'autocannon';
import { rssOf, sampleRss } from './bench-memory';
import { sleep, startApp, stopApp } from './harness';
const flags = process.argv[2] ?? '';
const db = process.argv[3];
async function main() {
  const app = await startApp({ ENOV_BASE_URL: 'http://localhost:4101/sandbox/enov', LOVAT_BASE_URL: 'http://localhost:4101/sandbox/lovat', SMS_BASE_URL: 'http://localhost:4101/sandbox/sms', NODE_OPTIONS: flags, ...(db ? { DATABASE_URL: db } : {}) });
  await sleep(1000);
  const rest = rssOf(app.child.pid!);
  const stop = sampleRss(app.child.pid!);
  const page = await autocannon({ url: `${app.base}/contrat/9000000001`, connections: 50, duration: 8 });
  const json = await autocannon({ url: `${app.base}/api/contracts/9000000001/invoices`, connections: 50, duration: 8 });
  const peak = stop();
  console.log(`flags=[${flags}] db=${db ? 'pg' : 'pglite'} rest=${rest} peak=${peak} page rps=${page.requests.average} json rps=${json.requests.average} errors=${page.errors + page.non2xx + json.errors + json.non2xx}`);
  await stopApp(app);
}
main();
