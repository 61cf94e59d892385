// The server's schemas run on zod/mini (a smaller bundle); what users and the sidebar see stays the same:
// the contract's input errors quote zod's English messages, the row schemas give finding codes.
import { SettingsInput, SelectCellInput } from '../../../src/core/rpc/contract';
import { rpc } from '../../../src/gas/rpc';
import { MeasureRowSchema, ResultRowSchema, schemaIssues } from '../../../src/core/validation';
import { SETTINGS } from './fixture';

test('an input the contract rejects reads as before, with the field and zod’s English message', () => {
  const save = rpc('saveSettings', SettingsInput, () => 'saved');
  expect(save({ ...SETTINGS })).toEqual({ ok: true, data: 'saved' });
  const tooLong = save({ ...SETTINGS, agencyName: 'ก'.repeat(201) });
  expect(tooLong.ok).toBe(false);
  if (!tooLong.ok) {
    expect(tooLong.error.message_en).toContain('agencyName: Too big: expected string to have <=200 characters');
    expect(tooLong.error.message_th.length).toBeGreaterThan(0);
  }
  const cell = SelectCellInput.safeParse({ tab: 'มาตรการ', row: 1.5, column: 0 });
  expect(cell.success).toBe(false);
  expect(cell.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
    'row: Invalid input: expected int, received number',
    'column: Too small: expected number to be >=1',
  ]);
});

test('row schemas give the finding codes: required (after trimming), url-invalid, indicator-range', () => {
  expect(
    schemaIssues(MeasureRowSchema, { id: '  ', measure: 'ม', owners: 'สำนักปลัด', period: 'ตลอดปี', indicator: 11 }),
  ).toEqual([
    ['id', 'required'],
    ['indicator', 'indicator-range'],
  ]);
  expect(schemaIssues(MeasureRowSchema, { id: 'M1', measure: 'ม', owners: 'ส', period: 'ต', indicator: null })).toEqual(
    [],
  );
  expect(
    schemaIssues(ResultRowSchema, { measureId: 'M1', round: '12', status: 'ดำเนินการแล้ว', evidenceUrl: 'www.x.go.th' }),
  ).toEqual([['evidenceUrl', 'url-invalid']]);
});
