import { toPreviewView } from '../../../sidebar/src/preview-model';

const cliShape = {
  year: 2567,
  target: 85,
  indicators: [
    { no: 1, name: 'การปฏิบัติหน้าที่', tool: 'IIT', score: 95.4 },
    { no: 10, name: 'การป้องกันการทุจริต', tool: 'OIT', score: 61.25 },
  ],
  tools: {
    OIT: { score: 66.88, stated: 66.88 },
    IIT: { score: 90.79, stated: null },
    EIT: { score: null, stated: null },
  },
  overall: { score: null, stated: 79.59, level: 'ต้องปรับปรุง' },
  belowTarget: [10],
  urgent: [10],
  lowestByTool: { IIT: [1], EIT: [], OIT: [10] },
  strengths: [1],
  previous: null,
  warnings: [{ code: 'missing-indicator', message_th: 'ไม่พบตัวชี้วัดที่ 2', message_en: 'Indicator 2 is missing' }],
};

test('the CLI JSON shape becomes the view, tools in IIT/EIT/OIT order', () => {
  const view = toPreviewView(cliShape);
  expect(view).not.toBeNull();
  expect(view!.tools.map((t) => t.code)).toEqual(['IIT', 'EIT', 'OIT']);
  expect(view!.overall).toEqual({ score: null, stated: 79.59, levelTh: 'ต้องปรับปรุง', levelEn: 'ต้องปรับปรุง' });
  expect(view!.belowTarget).toEqual([10]);
  expect(view!.warnings).toEqual([
    { message_th: 'ไม่พบตัวชี้วัดที่ 2', message_en: 'Indicator 2 is missing', line: null, severity: 'warning' },
  ]);
  expect(view!.indicators[0]!.nameEn).toBe('การปฏิบัติหน้าที่');
});

test('the analysis shape with a level object, parser findings and suggestions with owner lists', () => {
  const view = toPreviewView({
    ...cliShape,
    indicators: [{ no: 10, name: 'การป้องกันการทุจริต', nameEn: 'Corruption prevention', tool: 'OIT', score: 61.25 }],
    overall: {
      score: 79.59,
      stated: null,
      level: { code: 'improve', nameTh: 'ต้องปรับปรุง', nameEn: 'Needs improvement' },
    },
    findings: [
      { code: 'fuzzy-name', severity: 'info', line: 3, message_th: 'i', message_en: 'i' },
      { code: 'number-name-mismatch', severity: 'warning', line: 4, message_th: 'บรรทัด 4', message_en: 'line 4' },
    ],
    suggestions: [
      {
        suggestionId: '10-M10',
        indicator: 10,
        measure: 'มาตรการป้องกันการรับสินบน',
        owners: ['สำนักปลัด', 'กองคลัง'],
        period: 'ตลอดปีงบประมาณ',
      },
      { suggestionId: 'broken', measure: 'no indicator' },
    ],
  });
  expect(view!.overall.levelEn).toBe('Needs improvement');
  expect(view!.warnings.map((w) => w.line)).toEqual([4, null]);
  expect(view!.suggestions).toEqual([
    { id: '10-M10', indicator: 10, title: 'มาตรการป้องกันการรับสินบน', detail: 'สำนักปลัด, กองคลัง · ตลอดปีงบประมาณ' },
  ]);
});

test('an answer without the expected parts is refused, not half-shown', () => {
  expect(toPreviewView(null)).toBeNull();
  expect(toPreviewView({ ...cliShape, indicators: 'x' })).toBeNull();
  expect(toPreviewView({ ...cliShape, target: undefined })).toBeNull();
});

test('a parser message that already names its line gets no second "line N" in front', () => {
  const view = toPreviewView({
    ...cliShape,
    warnings: [],
    findings: [
      {
        code: 'range',
        severity: 'error',
        line: 3,
        message_th: 'บรรทัดที่ 3: คะแนน 954 อยู่นอกช่วง',
        message_en: 'Line 3: …',
      },
      { code: 'other', severity: 'warning', line: 5, message_th: 'ชื่อไม่ตรง', message_en: 'name differs' },
    ],
  });
  expect(view!.warnings.map((w) => w.line)).toEqual([null, 5]);
});
