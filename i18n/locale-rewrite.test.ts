import { describe, expect, it } from 'vitest';
import { localizedPath, pageOfReferer, withoutLocale } from './locale-rewrite';

const jar = (value?: string) => ({
  get: (name: string) => (name === 'NEXT_LOCALE' && value ? { value } : undefined),
});

describe('the address a page is rendered at', () => {
  it('is under the language of the cookie, French without one or with another value', () => {
    expect(localizedPath('/', jar())).toBe('/fr');
    expect(localizedPath('/', jar('en'))).toBe('/en');
    expect(localizedPath('/contrat/2019004512', jar('en'))).toBe('/en/contrat/2019004512');
    expect(localizedPath('/agent/paiements', jar('de'))).toBe('/fr/agent/paiements');
    expect(localizedPath('/sandbox', jar('EN'))).toBe('/fr/sandbox');
  });

  it('leaves an address already in a language, and the API routes, as they are', () => {
    for (const path of ['/fr', '/en', '/en/contrat/2019004512', '/api/ops/backup'])
      expect(localizedPath(path, jar('en'))).toBeNull();
    // Only a whole first segment is a language.
    expect(localizedPath('/english', jar())).toBe('/fr/english');
  });
});

describe('an address without its language', () => {
  it('is the page the proxy checks, whichever way it was asked for', () => {
    expect(withoutLocale('/en/sandbox/plancher-statique')).toBe('/sandbox/plancher-statique');
    expect(withoutLocale('/fr')).toBe('/');
    expect(withoutLocale('/en')).toBe('/');
    expect(withoutLocale('/')).toBe('/');
    expect(withoutLocale('/english')).toBe('/english');
    expect(withoutLocale('/contrat/2019004512')).toBe('/contrat/2019004512');
  });
});

describe('the page the language switch asks for again', () => {
  const host = 'paiement.example';
  it('is the page it was sent from, its query kept, its language left to the cookie', () => {
    expect(pageOfReferer(`https://${host}/contrat/2019004512?mode=partial`, host)).toBe(
      '/contrat/2019004512?mode=partial',
    );
    expect(pageOfReferer(`https://${host}/en/contrat/2019004512`, host)).toBe(
      '/contrat/2019004512',
    );
    expect(pageOfReferer(`https://${host}/en`, host)).toBe('/');
  });

  it('is the home page when the browser does not say, or names another site', () => {
    expect(pageOfReferer(null, host)).toBe('/');
    expect(pageOfReferer('https://evil.example/agent', host)).toBe('/');
    expect(pageOfReferer(`https://${host}//evil.example/x`, host)).toBe('/');
    expect(pageOfReferer('not a url', host)).toBe('/');
  });
});
