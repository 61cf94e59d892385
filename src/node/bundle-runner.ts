// Runs the built dist/Code.js the way Apps Script does: one global scope holding the fakes as services,
// with no Node globals (no require, process or module), so a bundle that leans on Node fails here too.
import { readFileSync } from 'node:fs';
import * as vm from 'node:vm';
import { createFakeEnvironment, installGlobals, type FakeEnvironment, type FakeEnvironmentOptions } from '../fakes';

export interface LoadedBundle {
  env: FakeEnvironment;
  /** The script's global object: what Apps Script would list as callable functions. */
  context: vm.Context;
  /** Calls a top-level function of the bundle as google.script.run or a menu would. */
  call(name: string, ...args: unknown[]): unknown;
}

/** Apps Script's V8 global scope offers console; everything else comes from the services. */
function bareContext(): vm.Context {
  return vm.createContext({ console });
}

export function loadBundle(
  code: string,
  options: FakeEnvironmentOptions & { env?: FakeEnvironment } = {},
): LoadedBundle {
  const context = bareContext();
  const intrinsics = vm.runInContext('({ Date, Error })', context) as {
    Date: DateConstructor;
    Error: ErrorConstructor;
  };
  const env = options.env ?? createFakeEnvironment({ ...options, intrinsics });
  if (options.env) env.context.intrinsics = intrinsics;
  installGlobals(context, env);
  vm.runInContext(code, context, { filename: 'Code.js' });
  return {
    env,
    context,
    call(name, ...args) {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`Code.js has no global function ${name}`);
      // Arguments cross into the vm realm as JSON, as google.script.run serialises them.
      const json = JSON.stringify(args);
      return vm.runInContext(`${name}.apply(null, ${json})`, context);
    },
  };
}

export function loadBundleFile(
  path: string,
  options: FakeEnvironmentOptions & { env?: FakeEnvironment } = {},
): LoadedBundle {
  return loadBundle(readFileSync(path, 'utf8'), options);
}
