import { FakeContext, FakeObject, asGas, instrument } from './fake-context';
import { AuthMode } from './enums';

type GasScriptApp = GoogleAppsScript.Script.ScriptApp;
type GasLogger = GoogleAppsScript.Base.Logger;

export const SCRIPT_APP_METHODS = ['getScriptId'] as const satisfies readonly (keyof GasScriptApp)[];

export class FakeScriptApp
  extends FakeObject
  implements Pick<GasScriptApp, (typeof SCRIPT_APP_METHODS)[number] | 'AuthMode'>
{
  readonly AuthMode = asGas<typeof GoogleAppsScript.Script.AuthMode>(AuthMode);

  constructor(
    ctx: FakeContext,
    private readonly scriptId: string,
  ) {
    super(ctx);
  }

  getScriptId(): string {
    return this.scriptId;
  }
}
instrument(FakeScriptApp, 'ScriptApp', SCRIPT_APP_METHODS);

export const LOGGER_METHODS = ['clear', 'getLog', 'log'] as const satisfies readonly (keyof GasLogger)[];

/** Logger keeping its lines; `log(format, ...values)` replaces %s/%d like Apps Script. */
export class FakeLogger extends FakeObject implements Pick<GasLogger, (typeof LOGGER_METHODS)[number]> {
  readonly lines: string[] = [];

  clear(): void {
    this.lines.length = 0;
  }

  getLog(): string {
    return this.lines.map((l) => `${l}\n`).join('');
  }

  log(data: unknown, ...values: unknown[]): GasLogger {
    let text = typeof data === 'string' ? data : (JSON.stringify(data) ?? String(data));
    for (const v of values) text = text.replace(/%[sd]/, String(v));
    this.lines.push(text);
    return asGas(this);
  }
}
instrument(FakeLogger, 'Logger', LOGGER_METHODS);
