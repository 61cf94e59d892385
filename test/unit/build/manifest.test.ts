// The manifest is a security boundary: the add-on asks for the narrowest scopes that let it work.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8'));

describe('appsscript.json', () => {
  it('asks for exactly the minimal OAuth scopes', () => {
    expect([...manifest.oauthScopes].sort()).toEqual(
      [
        'https://www.googleapis.com/auth/documents',
        'https://www.googleapis.com/auth/script.container.ui',
        'https://www.googleapis.com/auth/spreadsheets.currentonly',
        // The export log names who exported: the Doc is created in that person's Drive (see README).
        'https://www.googleapis.com/auth/userinfo.email',
      ].sort(),
    );
  });

  it('never asks for whole-Drive or all-spreadsheets access', () => {
    const scopes: string[] = manifest.oauthScopes;
    expect(scopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
    expect(scopes.some((s) => /\/auth\/drive($|\.readonly)/.test(s))).toBe(false);
  });

  it('runs on V8 in Bangkok time and logs exceptions', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Bangkok');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
  });

  it('is an editor add-on manifest (no card add-on block)', () => {
    expect(manifest.addOns).toBeUndefined();
  });
});

describe('advanced services', () => {
  it('enables only the Docs API, which the documents scope already covers', () => {
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([
      { userSymbol: 'Docs', serviceId: 'docs', version: 'v1' },
    ]);
  });
});
