import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sleep } from './harness';

/**
 * The deployment the nginx topology step runs (scripts/topology.ts), made from the repository's
 * own deploy/ files so docs/operations.md shows exactly what was tested: the nginx site
 * (deploy/nginx/lalo-paiement.conf) and the systemd unit's environment
 * (deploy/systemd/lalo-paiement@.service).
 */

export const SITE_FILE = 'deploy/nginx/lalo-paiement.conf';
export const UNIT_FILE = 'deploy/systemd/lalo-paiement@.service';

export interface SiteVars {
  NGINX_LISTEN: string;
  APP_A: string;
  APP_B: string;
  NGINX_LOG_DIR: string;
}

/** envsubst with the site's four names only: nginx's own `$variables` stay as they are. */
export function renderSite(template: string, vars: SiteVars): string {
  const out = template.replace(/\$\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? vars[name as keyof SiteVars] : whole,
  );
  const left = /\$\{\w+\}/.exec(out);
  if (left) throw new Error(`${SITE_FILE}: ${left[0]} has no value`);
  return out;
}

/** The unit's `Environment=` lines, with `%i` (the instance name) being the port. */
export function unitEnvironment(unit: string, port: number): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of unit.split('\n')) {
    const m = /^Environment=([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (m) env[m[1]!] = m[2]!.replaceAll('%i', String(port));
  }
  return env;
}

/**
 * `systemd-analyze verify` of the unit where systemd is installed: its output is empty for a
 * unit without unknown keys or missing programs. Returns null when it cannot be checked here.
 */
export function verifyUnit(): string | null {
  if (spawnSync('systemd-analyze', ['--version']).status !== 0) return null;
  const dir = mkdtempSync(path.join(tmpdir(), 'lalo-unit-'));
  let unit = readFileSync(UNIT_FILE, 'utf8');
  // The unit names Debian's node; elsewhere check it with this machine's.
  if (!existsSync('/usr/bin/node')) unit = unit.replace('/usr/bin/node', process.execPath);
  writeFileSync(path.join(dir, 'lalo-paiement@.service'), unit);
  const run = spawnSync(
    'systemd-analyze',
    ['verify', path.join(dir, 'lalo-paiement@3001.service')],
    {
      encoding: 'utf8',
    },
  );
  return `${run.stdout}${run.stderr}`.trim() + (run.status ? ` (exit ${run.status})` : '');
}

export interface Nginx {
  base: string;
  accessLog: string;
  child: ChildProcess;
  stop: () => Promise<void>;
}

/** nginx in the foreground, in a folder of its own, serving the site file on `port`. */
export async function startNginx(
  bin: string,
  port: number,
  apps: [number, number],
): Promise<Nginx> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lalo-nginx-'));
  // Its workers run as nobody when nginx is started as root: they write its temp files here.
  chmodSync(dir, 0o755);
  for (const d of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(dir, d));
  const site = renderSite(readFileSync(SITE_FILE, 'utf8'), {
    NGINX_LISTEN: `127.0.0.1:${port}`,
    APP_A: `127.0.0.1:${apps[0]}`,
    APP_B: `127.0.0.1:${apps[1]}`,
    NGINX_LOG_DIR: dir,
  });
  writeFileSync(path.join(dir, 'site.conf'), site);
  // What Debian's /etc/nginx/nginx.conf gives a site, minus what needs /var or /etc.
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`,
  );
  const args = ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')];
  const test = spawnSync(bin, [...args, '-t'], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t refused the site:\n${test.stderr}`);
  const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    const up = await fetch(`${base}/api/health`)
      .then(async (r) => (await r.arrayBuffer(), true))
      .catch(() => false);
    if (up) break;
    if (child.exitCode !== null || i > 50) throw new Error('nginx did not start');
    await sleep(100);
  }
  return {
    base,
    accessLog: path.join(dir, 'lalo-paiement.access.log'),
    child,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGQUIT');
      await Promise.race([exited, sleep(3_000)]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
