import { FakeContext, FakeObject, asGas, instrument } from './fake-context';

type GasProperties = GoogleAppsScript.Properties.Properties;
type GasPropertiesService = GoogleAppsScript.Properties.PropertiesService;

/** Apps Script limits: 9 KB per value, 500 KB per property store. */
const MAX_VALUE_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;

function bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

export const PROPERTIES_METHODS = [
  'deleteAllProperties',
  'deleteProperty',
  'getKeys',
  'getProperties',
  'getProperty',
  'setProperties',
  'setProperty',
] as const satisfies readonly (keyof GasProperties)[];

/** One property store; values are strings, as in Apps Script. */
export class FakeProperties extends FakeObject implements Pick<GasProperties, (typeof PROPERTIES_METHODS)[number]> {
  constructor(
    ctx: FakeContext,
    /** The stored key/value pairs (shared by every getXxxProperties() call). */
    readonly store: Map<string, string>,
  ) {
    super(ctx);
  }

  deleteAllProperties(): GasProperties {
    this.store.clear();
    return asGas(this);
  }

  deleteProperty(key: string): GasProperties {
    this.store.delete(key);
    return asGas(this);
  }

  getKeys(): string[] {
    return [...this.store.keys()];
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }

  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }

  setProperties(properties: Record<string, string>, deleteAllOthers = false): GasProperties {
    const next = new Map(deleteAllOthers ? [] : this.store);
    for (const [key, value] of Object.entries(properties)) next.set(key, String(value));
    this.#checkQuota(next);
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
    return asGas(this);
  }

  setProperty(key: string, value: string): GasProperties {
    return this.setProperties({ [key]: value });
  }

  #checkQuota(next: Map<string, string>): void {
    let total = 0;
    for (const [k, v] of next) {
      if (bytes(v) > MAX_VALUE_BYTES) this.ctx.fail('Argument too large: value');
      total += bytes(k) + bytes(v);
    }
    if (total > MAX_STORE_BYTES) {
      this.ctx.fail('You have exceeded the property storage quota. Please remove some properties and try again.');
    }
  }
}
instrument(FakeProperties, 'Properties', PROPERTIES_METHODS);

export interface PropertyStores {
  document: Map<string, string>;
  user: Map<string, string>;
  script: Map<string, string>;
}

export const PROPERTIES_SERVICE_METHODS = [
  'getDocumentProperties',
  'getScriptProperties',
  'getUserProperties',
] as const satisfies readonly (keyof GasPropertiesService)[];

export class FakePropertiesService
  extends FakeObject
  implements Pick<GasPropertiesService, (typeof PROPERTIES_SERVICE_METHODS)[number]>
{
  constructor(
    ctx: FakeContext,
    readonly stores: PropertyStores,
  ) {
    super(ctx);
  }

  getDocumentProperties(): GasProperties {
    return asGas(new FakeProperties(this.ctx, this.stores.document));
  }

  getScriptProperties(): GasProperties {
    return asGas(new FakeProperties(this.ctx, this.stores.script));
  }

  getUserProperties(): GasProperties {
    return asGas(new FakeProperties(this.ctx, this.stores.user));
  }
}
instrument(FakePropertiesService, 'PropertiesService', PROPERTIES_SERVICE_METHODS);
