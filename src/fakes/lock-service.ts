import { FakeContext, FakeObject, asGas, instrument } from './fake-context';

type GasLock = GoogleAppsScript.Lock.Lock;
type GasLockService = GoogleAppsScript.Lock.LockService;

/**
 * Who holds one of the three locks. `holdElsewhere()` simulates another execution (e.g. a second export
 * running in another browser tab) holding it; tryLock then returns false and waitLock throws.
 */
export class LockState {
  holder: FakeLock | 'elsewhere' | null = null;
  /** Timeouts (ms) requested by tryLock/waitLock, oldest first: tests check the waits are sensible. */
  readonly requestedTimeouts: number[] = [];

  holdElsewhere(): void {
    this.holder = 'elsewhere';
  }

  releaseElsewhere(): void {
    if (this.holder === 'elsewhere') this.holder = null;
  }

  isHeld(): boolean {
    return this.holder !== null;
  }
}

export interface LockStates {
  document: LockState;
  script: LockState;
  user: LockState;
}

export const LOCK_METHODS = [
  'hasLock',
  'releaseLock',
  'tryLock',
  'waitLock',
] as const satisfies readonly (keyof GasLock)[];

/** A lock handle of this execution; the fake never sleeps: a lock held elsewhere stays held for the timeout. */
export class FakeLock extends FakeObject implements Pick<GasLock, (typeof LOCK_METHODS)[number]> {
  constructor(
    ctx: FakeContext,
    private readonly state: LockState,
  ) {
    super(ctx);
  }

  hasLock(): boolean {
    return this.state.holder === this;
  }

  releaseLock(): void {
    if (this.state.holder === this) this.state.holder = null;
  }

  tryLock(timeoutInMillis: number): boolean {
    this.state.requestedTimeouts.push(timeoutInMillis);
    if (this.state.holder === null || this.state.holder === this) {
      this.state.holder = this;
      return true;
    }
    return false;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis))
      this.ctx.fail('Lock timeout: another process was holding the lock for too long.');
  }
}
instrument(FakeLock, 'Lock', LOCK_METHODS);

export const LOCK_SERVICE_METHODS = [
  'getDocumentLock',
  'getScriptLock',
  'getUserLock',
] as const satisfies readonly (keyof GasLockService)[];

export class FakeLockService extends FakeObject implements Pick<GasLockService, (typeof LOCK_SERVICE_METHODS)[number]> {
  constructor(
    ctx: FakeContext,
    readonly states: LockStates,
  ) {
    super(ctx);
  }

  getDocumentLock(): GasLock {
    return asGas(new FakeLock(this.ctx, this.states.document));
  }

  getScriptLock(): GasLock {
    return asGas(new FakeLock(this.ctx, this.states.script));
  }

  getUserLock(): GasLock {
    return asGas(new FakeLock(this.ctx, this.states.user));
  }
}
instrument(FakeLockService, 'LockService', LOCK_SERVICE_METHODS);
