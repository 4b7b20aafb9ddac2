import { afterEach, describe, expect, it, vi } from 'vitest';
import { internalOrigin } from './internal-origin';

afterEach(() => vi.unstubAllEnvs());

describe("the origin of a request inside Next's server", () => {
  it('is the address and port standalone listens on', () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('HOSTNAME', '0.0.0.0');
    vi.stubEnv('PORT', '3100');
    expect(internalOrigin()).toBe('http://0.0.0.0:3100');
    vi.stubEnv('HOSTNAME', '::');
    expect(internalOrigin()).toBe('http://[::]:3100');
  });

  it("is standalone's defaults without HOSTNAME or PORT, and localhost under next dev", () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('HOSTNAME', '');
    vi.stubEnv('PORT', '');
    expect(internalOrigin()).toBe('http://0.0.0.0:3000');
    vi.stubEnv('NODE_ENV', 'development');
    vi.stubEnv('PORT', '3000');
    expect(internalOrigin()).toBe('http://localhost:3000');
  });
});
