import { FakeContext, FakeObject, asGas, instrument } from './fake-context';
import { ProtectionType } from './enums';
import type { ProtectionModel } from './sheet-model';
import type { FakeSheet } from './sheet';

type GasProtection = GoogleAppsScript.Spreadsheet.Protection;

export const PROTECTION_METHODS = [
  'canEdit',
  'getDescription',
  'getProtectionType',
  'getRange',
  'isWarningOnly',
  'remove',
  'setDescription',
  'setWarningOnly',
] as const satisfies readonly (keyof GasProtection)[];

/**
 * A protected range or sheet. The fake records protections but does not block writes: the add-on's user
 * is an editor and header protections are warning-only, so Apps Script would not block them either.
 */
export class FakeProtection extends FakeObject implements Pick<GasProtection, (typeof PROTECTION_METHODS)[number]> {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeSheet,
    /** The stored protection (shared with the sheet model). */
    readonly model: ProtectionModel,
  ) {
    super(ctx);
  }

  canEdit(): boolean {
    return true;
  }

  getDescription(): string {
    return this.model.description;
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return asGas(ProtectionType[this.model.type]);
  }

  getRange(): GoogleAppsScript.Spreadsheet.Range {
    const rect = this.model.rect;
    if (!rect) return this.sheet.getRange(1, 1, this.sheet.model.maxRows, this.sheet.model.maxColumns);
    return this.sheet.getRange(rect.row, rect.column, rect.numRows, rect.numColumns);
  }

  isWarningOnly(): boolean {
    return this.model.warningOnly;
  }

  remove(): void {
    const list = this.sheet.model.protections;
    const at = list.indexOf(this.model);
    if (at >= 0) list.splice(at, 1);
  }

  setDescription(description: string): GasProtection {
    this.model.description = description;
    return asGas(this);
  }

  setWarningOnly(warningOnly: boolean): GasProtection {
    this.model.warningOnly = warningOnly;
    return asGas(this);
  }
}
instrument(FakeProtection, 'Protection', PROTECTION_METHODS);
