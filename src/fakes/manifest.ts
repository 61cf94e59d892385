// The project manifest the fake environment is built from: oauthScopes decide which calls succeed (see
// scopes.ts) and enabledAdvancedServices which advanced-service globals (Docs) exist, as in Apps Script.
import projectManifest from '../../appsscript.json';

export interface AdvancedService {
  readonly userSymbol: string;
  readonly serviceId: string;
  readonly version: string;
}

/** The parts of appsscript.json the fakes model. */
export interface AppsScriptManifest {
  /** Explicit scopes; without them Apps Script grants what the code uses, so every call is allowed. */
  readonly oauthScopes?: readonly string[];
  readonly dependencies?: { readonly enabledAdvancedServices?: readonly AdvancedService[] };
}

/** This project's appsscript.json (what `npm run push` deploys). */
export const PROJECT_MANIFEST: AppsScriptManifest = projectManifest;

/** The scopes a manifest grants, or null when it lists none (Apps Script then detects them from the code). */
export function grantedScopes(manifest: AppsScriptManifest): ReadonlySet<string> | null {
  return manifest.oauthScopes ? new Set(manifest.oauthScopes) : null;
}

/** True when the manifest enables the advanced service known in code as `userSymbol` (e.g. "Docs"). */
export function advancedServiceEnabled(manifest: AppsScriptManifest, userSymbol: string): boolean {
  return (manifest.dependencies?.enabledAdvancedServices ?? []).some((s) => s.userSymbol === userSymbol);
}
