// The playground's files: workbook.json in the fakes' WorkbookJson format (the CLI's --workbook reads it
// too) and properties.json beside it (document/user properties the add-on keeps between calls).
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseWorkbookJson, serializeWorkbook, type FakeEnvironment, type WorkbookJson } from '../../fakes';

export type PropertySnapshot = Record<'document' | 'user' | 'script', Record<string, string>>;

/** Writes through a temporary file, so a crash mid-write never leaves half a file. */
function writeAtomically(file: string, text: string): void {
  const temp = `${file}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

export function saveWorkbook(env: FakeEnvironment, workbookFile: string, propertiesFile: string): void {
  writeAtomically(workbookFile, JSON.stringify(serializeWorkbook(env.spreadsheet)));
  const p = env.properties;
  const snapshot: PropertySnapshot = {
    document: Object.fromEntries(p.document),
    user: Object.fromEntries(p.user),
    script: Object.fromEntries(p.script),
  };
  writeAtomically(propertiesFile, JSON.stringify(snapshot));
}

export interface StoredWorkbook {
  workbook: WorkbookJson | null;
  properties: PropertySnapshot;
}

/**
 * The saved workbook, or null when there is none. A damaged file is moved aside (never silently lost) and
 * the playground starts empty with a message saying so.
 */
export function loadWorkbook(workbookFile: string, propertiesFile: string): StoredWorkbook {
  const empty: PropertySnapshot = { document: {}, user: {}, script: {} };
  if (!existsSync(workbookFile)) return { workbook: null, properties: empty };
  const parsed = parseWorkbookJson(readFileSync(workbookFile, 'utf8'));
  if (!parsed.ok) {
    const aside = `${workbookFile}.damaged-${Date.now()}`;
    renameSync(workbookFile, aside);
    console.error(`${parsed.message_th}\n${parsed.message_en}\n→ ${aside}`);
    return { workbook: null, properties: empty };
  }
  let properties = empty;
  try {
    if (existsSync(propertiesFile)) properties = { ...empty, ...JSON.parse(readFileSync(propertiesFile, 'utf8')) };
  } catch {
    // Properties only hold conveniences (e.g. highlight bookkeeping); the workbook itself is intact.
  }
  return { workbook: parsed.workbook, properties };
}
