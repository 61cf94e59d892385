import { validateWorkbook } from '../../../src/core/validation';
import { workbookFromGrids } from '../../../src/core/workbook';
import { cleanGrids } from './fixture';

test('a clean workbook built from the seed content gives no finding at all', () => {
  const data = workbookFromGrids(cleanGrids());
  expect(data.measures).toHaveLength(2);
  expect(data.oit).toHaveLength(43);
  expect(data.oit[0]?.code).toBe('O1');
  expect(data.indicatorProgress.map((p) => p.indicator)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  expect(data.settings?.fiscalYear).toBe(2566);
  const findings = validateWorkbook(data, { purpose: 'results' });
  expect(findings.map((f) => `${f.tab}!${f.row}:${f.column} ${f.code} ${f.message_en}`)).toEqual([]);
});
