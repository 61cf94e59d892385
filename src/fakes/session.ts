import { FakeContext, FakeObject, asGas, instrument } from './fake-context';

type GasSession = GoogleAppsScript.Base.Session;
type GasUser = GoogleAppsScript.Base.User;

export const USER_METHODS = ['getEmail'] as const satisfies readonly (keyof GasUser)[];

export class FakeUser extends FakeObject implements Pick<GasUser, (typeof USER_METHODS)[number]> {
  constructor(
    ctx: FakeContext,
    private readonly email: string,
  ) {
    super(ctx);
  }

  /** May be '' for the active user in consumer accounts, as in Apps Script. */
  getEmail(): string {
    return this.email;
  }
}
instrument(FakeUser, 'User', USER_METHODS);

export interface SessionSettings {
  activeUserEmail: string;
  effectiveUserEmail: string;
  scriptTimeZone: string;
  activeUserLocale: string;
}

export const SESSION_METHODS = [
  'getActiveUser',
  'getActiveUserLocale',
  'getEffectiveUser',
  'getScriptTimeZone',
  'getTemporaryActiveUserKey',
] as const satisfies readonly (keyof GasSession)[];

export class FakeSession extends FakeObject implements Pick<GasSession, (typeof SESSION_METHODS)[number]> {
  constructor(
    ctx: FakeContext,
    /** Editable by tests (e.g. an empty active-user email). */
    readonly settings: SessionSettings,
  ) {
    super(ctx);
  }

  getActiveUser(): GasUser {
    return asGas(new FakeUser(this.ctx, this.settings.activeUserEmail));
  }

  getActiveUserLocale(): string {
    return this.settings.activeUserLocale;
  }

  getEffectiveUser(): GasUser {
    return asGas(new FakeUser(this.ctx, this.settings.effectiveUserEmail));
  }

  getScriptTimeZone(): string {
    return this.settings.scriptTimeZone;
  }

  getTemporaryActiveUserKey(): string {
    return `temp-key-${this.settings.activeUserEmail.length}`;
  }
}
instrument(FakeSession, 'Session', SESSION_METHODS);
