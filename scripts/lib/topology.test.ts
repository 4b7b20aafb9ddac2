import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSite, SITE_FILE, UNIT_FILE, unitEnvironment } from './topology';

const vars = {
  NGINX_LISTEN: '127.0.0.1:8080',
  APP_A: '127.0.0.1:3001',
  APP_B: '127.0.0.1:3002',
  NGINX_LOG_DIR: '/var/log/nginx',
};

describe('the deploy/ files the topology step runs', () => {
  it('fills the site’s four names and leaves nginx’s own variables alone', () => {
    const site = renderSite(readFileSync(SITE_FILE, 'utf8'), vars);
    expect(site).toContain('server 127.0.0.1:3001 max_fails=2 fail_timeout=5s;');
    expect(site).toContain('listen 127.0.0.1:8080;');
    expect(site).toContain('proxy_set_header X-Request-Id $request_id;');
    expect(site).toContain('$proxy_add_x_forwarded_for');
    expect(site).not.toMatch(/\$\{/);
    // A POST that may have reached an instance is never sent to the other.
    const retries = site.split('\n').filter((l) => /^\s*proxy_next_upstream /.test(l));
    expect(retries).toEqual([
      '        proxy_next_upstream error timeout http_502 http_503 http_504;',
    ]);
  });

  it('refuses a template with a name it has no value for', () => {
    expect(() => renderSite('listen ${NGINX_PORT};', vars)).toThrow('${NGINX_PORT} has no value');
  });

  it('reads the unit’s environment, the instance name being the port', () => {
    const env = unitEnvironment(readFileSync(UNIT_FILE, 'utf8'), 3001);
    expect(env).toMatchObject({
      NODE_ENV: 'production',
      PORT: '3001',
      HOSTNAME: '127.0.0.1',
      TRUSTED_PROXY_HOPS: '1',
      NEXT_MANUAL_SIG_HANDLE: '1',
    });
  });
});
