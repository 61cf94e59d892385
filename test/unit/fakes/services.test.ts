import { createFakeEnvironment, installGlobals } from '../../../src/fakes';

describe('Ui and menus', () => {
  it('records the add-on menu tree with captions and function names', () => {
    const env = createFakeEnvironment();
    const ui = env.SpreadsheetApp.getUi();
    const sub = ui.createMenu('ตรวจสอบ (Validate)').addItem('ตรวจทั้งหมด', 'validateAll');
    ui.createAddonMenu().addItem('เปิดแถบด้านข้าง (Open sidebar)', 'showSidebar').addSeparator().addSubMenu(sub).addToUi();
    expect(env.ui.menus).toEqual([
      {
        caption: null,
        addon: true,
        entries: [
          { kind: 'item', caption: 'เปิดแถบด้านข้าง (Open sidebar)', functionName: 'showSidebar' },
          { kind: 'separator' },
          {
            kind: 'submenu',
            caption: 'ตรวจสอบ (Validate)',
            entries: [{ kind: 'item', caption: 'ตรวจทั้งหมด', functionName: 'validateAll' }],
          },
        ],
      },
    ]);
  });

  it('a menu not added to the UI is not recorded', () => {
    const env = createFakeEnvironment();
    env.SpreadsheetApp.getUi().createAddonMenu().addItem('x', 'y');
    expect(env.ui.menus).toEqual([]);
  });

  it('shows sidebars and answers alerts with OK unless a response is scripted', () => {
    const env = createFakeEnvironment({ htmlFiles: { Sidebar: '<html><body>ITA</body></html>' } });
    const ui = env.SpreadsheetApp.getUi();
    ui.showSidebar(env.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('ITA Report Kit'));
    expect(env.ui.sidebars.map((s) => [s.getTitle(), s.getContent()])).toEqual([
      ['ITA Report Kit', '<html><body>ITA</body></html>'],
    ]);
    expect(ui.alert('สำเร็จ')).toBe(ui.Button.OK);
    env.ui.alertResponses.push('NO');
    expect(ui.alert('ยืนยัน', 'ลบ?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(env.ui.alerts).toEqual([
      { title: '', prompt: 'สำเร็จ', buttons: 'OK' },
      { title: 'ยืนยัน', prompt: 'ลบ?', buttons: 'YES_NO' },
    ]);
  });
});

describe('HtmlService', () => {
  it('serves project files with or without .html and fails like Apps Script for a missing one', () => {
    const env = createFakeEnvironment({ htmlFiles: { Sidebar: '<p>x</p>' } });
    const out = env.HtmlService.createHtmlOutputFromFile('Sidebar.html')
      .setWidth(300)
      .setXFrameOptionsMode(env.HtmlService.XFrameOptionsMode.DEFAULT);
    expect([out.getContent(), out.getWidth()]).toEqual(['<p>x</p>', 300]);
    expect(() => env.HtmlService.createHtmlOutputFromFile('Dialog')).toThrow('No HTML file named Dialog was found.');
    expect(env.HtmlService.createHtmlOutput('<b>hi</b>').append('!').getContent()).toBe('<b>hi</b>!');
  });
});

describe('PropertiesService', () => {
  it('keeps separate document, user and script stores of strings', () => {
    const env = createFakeEnvironment({ scriptProperties: { mode: 'test' } });
    const doc = env.PropertiesService.getDocumentProperties();
    doc.setProperty('schemaVersion', '1').setProperties({ a: '1', b: '2' });
    expect(env.PropertiesService.getDocumentProperties().getProperties()).toEqual({
      schemaVersion: '1',
      a: '1',
      b: '2',
    });
    expect(env.PropertiesService.getUserProperties().getProperty('a')).toBeNull();
    expect(env.PropertiesService.getScriptProperties().getProperty('mode')).toBe('test');
    doc.setProperties({ only: 'this' }, true);
    expect(doc.getKeys()).toEqual(['only']);
    doc.deleteProperty('only');
    expect(doc.getProperty('only')).toBeNull();
  });

  it('refuses a value over 9 KB (Thai text is 3 bytes a character)', () => {
    const env = createFakeEnvironment();
    const props = env.PropertiesService.getDocumentProperties();
    expect(() => props.setProperty('big', 'ก'.repeat(3100))).toThrow('Argument too large: value');
    expect(props.getProperty('big')).toBeNull();
  });
});

describe('LockService', () => {
  it('grants a free lock, and a second execution cannot take it until released', () => {
    const env = createFakeEnvironment();
    const first = env.LockService.getDocumentLock();
    const second = env.LockService.getDocumentLock();
    expect(first.tryLock(5000)).toBe(true);
    expect(first.hasLock()).toBe(true);
    expect(second.tryLock(5000)).toBe(false);
    expect(() => second.waitLock(1000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    first.releaseLock();
    expect(second.tryLock(5000)).toBe(true);
    expect(env.locks.document.requestedTimeouts).toEqual([5000, 5000, 1000, 5000]);
  });

  it('simulates a lock held by another execution', () => {
    const env = createFakeEnvironment();
    env.locks.document.holdElsewhere();
    expect(env.LockService.getDocumentLock().tryLock(100)).toBe(false);
    expect(env.LockService.getScriptLock().tryLock(100)).toBe(true);
    env.locks.document.releaseElsewhere();
    expect(env.LockService.getDocumentLock().tryLock(100)).toBe(true);
  });
});

describe('Session and Utilities', () => {
  it('reports the users, time zone and locale', () => {
    const env = createFakeEnvironment({ activeUserEmail: 'clerk@example.go.th' });
    expect(env.Session.getActiveUser().getEmail()).toBe('clerk@example.go.th');
    expect(env.Session.getEffectiveUser().getEmail()).toBe('clerk@example.go.th');
    expect(env.Session.getScriptTimeZone()).toBe('Asia/Bangkok');
    expect(env.Session.getActiveUserLocale()).toBe('th');
  });

  it('formatDate follows SimpleDateFormat in the given zone (Bangkok is UTC+7)', () => {
    const env = createFakeEnvironment();
    const instant = new Date(Date.UTC(2024, 8, 30, 20, 5, 9));
    expect(env.Utilities.formatDate(instant, 'Asia/Bangkok', 'yyyy-MM-dd HH:mm:ss')).toBe('2024-10-01 03:05:09');
    expect(env.Utilities.formatDate(instant, 'GMT', "d MMM yy 'at' h:mm a")).toBe('30 Sep 24 at 8:05 PM');
    expect(env.Utilities.formatDate(instant, 'Asia/Bangkok', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe(
      '2024-10-01T03:05:09+07:00',
    );
    expect(env.Utilities.formatDate(instant, 'GMT+7', 'Z')).toBe('+0700');
  });

  it('makes blobs with Java signed bytes, uuids and base64', () => {
    const env = createFakeEnvironment({ uuid: () => 'fixed-uuid' });
    const blob = env.Utilities.newBlob('ก', 'text/plain', 'a.txt');
    expect(blob.getBytes()).toEqual([-32, -72, -127]);
    expect([blob.getDataAsString(), blob.getContentType(), blob.getName()]).toEqual(['ก', 'text/plain', 'a.txt']);
    expect(env.Utilities.newBlob(blob.getBytes()).getDataAsString()).toBe('ก');
    expect(env.Utilities.getUuid()).toBe('fixed-uuid');
    expect(env.Utilities.base64Encode('ITA')).toBe('SVRB');
  });
});

describe('Call counting', () => {
  it('counts each call by Class.method, not the fakes’ internal calls', () => {
    const env = createFakeEnvironment();
    const sheet = env.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!;
    const range = sheet.getRange(1, 1, 3, 2);
    range.setValues([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    range.offset(1, 0).getValues();
    sheet.getDataRange();
    expect(env.counter.counts).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheets': 1,
      'Sheet.getRange': 1,
      'Range.setValues': 1,
      'Range.offset': 1,
      'Range.getValues': 1,
      'Sheet.getDataRange': 1,
    });
    expect(env.counter.total()).toBe(7);
    expect(env.counter.byPrefix('Range.')).toBe(3);
    env.counter.reset();
    expect(env.counter.total()).toBe(0);
  });

  it('uncounted() lets tests set up and inspect without inflating counts', () => {
    const env = createFakeEnvironment();
    env.uncounted(() => env.SpreadsheetApp.getActiveSheet().getRange('A1').setValue('x'));
    expect(env.counter.total()).toBe(0);
  });

  it('AuthMode.NONE allows the menu and nothing else', () => {
    const env = createFakeEnvironment();
    const e = env.triggerEvent('NONE');
    expect(String(e.authMode)).toBe('NONE');
    expect(e.source).toBeUndefined();
    env.SpreadsheetApp.getUi().createAddonMenu().addItem('a', 'b').addToUi();
    expect(() => env.SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet',
    );
    expect(() => env.PropertiesService.getDocumentProperties()).toThrow('permission');
    expect(env.triggerEvent('FULL').source).toBe(env.spreadsheet);
    expect(env.SpreadsheetApp.getActiveSpreadsheet().getName()).toBe('Untitled spreadsheet');
  });
});

describe('Missing methods and globals', () => {
  it('calling a method the fake does not provide is a TypeError', () => {
    const env = createFakeEnvironment();
    const range = env.SpreadsheetApp.getActiveSheet().getRange('A1');
    expect(() => range.getRichTextValue()).toThrow(TypeError);
    const app = env.SpreadsheetApp as unknown as typeof SpreadsheetApp;
    expect(() => app.openById('x')).toThrow(TypeError);
  });

  it('installGlobals puts the services on a target object', () => {
    const env = createFakeEnvironment();
    const target: Record<string, unknown> = {};
    installGlobals(target, env);
    expect(target.SpreadsheetApp).toBe(env.SpreadsheetApp);
    expect(target.LockService).toBe(env.LockService);
    expect(Object.keys(target).sort()).toEqual(
      [
        'Charts',
        'Docs',
        'DocumentApp',
        'HtmlService',
        'LockService',
        'Logger',
        'PropertiesService',
        'ScriptApp',
        'Session',
        'SpreadsheetApp',
        'Utilities',
      ].sort(),
    );
  });

  it('the services are assignable to the Apps Script types of what they provide', () => {
    const env = createFakeEnvironment();
    const app: Pick<
      typeof SpreadsheetApp,
      'getActiveSpreadsheet' | 'getUi' | 'newDataValidation' | 'flush' | 'ProtectionType'
    > = env.SpreadsheetApp;
    const lock: Pick<typeof LockService, 'getDocumentLock'> = env.LockService;
    const props: Pick<typeof PropertiesService, 'getDocumentProperties'> = env.PropertiesService;
    const html: Pick<typeof HtmlService, 'createHtmlOutputFromFile'> = env.HtmlService;
    const session: Pick<typeof Session, 'getActiveUser' | 'getScriptTimeZone'> = env.Session;
    const utils: Pick<typeof Utilities, 'formatDate' | 'getUuid'> = env.Utilities;
    expect([app, lock, props, html, session, utils].every(Boolean)).toBe(true);
  });
});

describe('Every fake method is counted', () => {
  it('no public prototype method escapes instrumentation', () => {
    const env = createFakeEnvironment({ htmlFiles: { S: '' } });
    const sheet = env.SpreadsheetApp.getActiveSheet();
    const objects: object[] = [
      env.SpreadsheetApp,
      env.spreadsheet,
      sheet,
      sheet.getRange('A1'),
      sheet.getRange('A1').protect(),
      env.SpreadsheetApp.newDataValidation(),
      env.SpreadsheetApp.newDataValidation().requireCheckbox().build(),
      env.SpreadsheetApp.getUi(),
      env.SpreadsheetApp.getUi().createAddonMenu(),
      env.HtmlService,
      env.HtmlService.createHtmlOutput(''),
      env.LockService,
      env.LockService.getDocumentLock(),
      env.PropertiesService,
      env.PropertiesService.getUserProperties(),
      env.Session,
      env.Session.getActiveUser(),
      env.Utilities,
      env.Utilities.newBlob(''),
      env.ScriptApp,
      env.Logger,
      env.Docs.Documents,
      env.DocumentApp,
    ];
    const doc = env.DocumentApp.create('d');
    const body = doc.getBody();
    const table = body.appendTable([['a']]);
    const para = body.appendParagraph('p');
    objects.push(
      doc,
      body,
      doc.addHeader(),
      doc.addFooter(),
      para,
      para.editAsText(),
      body.appendListItem('l'),
      body.appendPageBreak(),
      body.appendHorizontalRule(),
      body.appendImage(env.Utilities.newBlob('x')),
      table,
      table.getRow(0),
      table.getCell(0, 0),
    );
    for (const object of objects) {
      const names = new Set<string>();
      for (
        let p = Object.getPrototypeOf(object) as object | null;
        p && p !== Object.prototype;
        p = Object.getPrototypeOf(p) as object | null
      ) {
        for (const name of Object.getOwnPropertyNames(p)) if (name !== 'constructor') names.add(name);
      }
      const proto = object as Record<string, unknown>;
      for (const name of names) {
        env.counter.reset();
        try {
          (proto[name] as (...a: unknown[]) => unknown).call(object);
          if (name === 'saveAndClose') (object as unknown as { doc: { closed: boolean } }).doc.closed = false;
        } catch {
          // Wrong arguments are fine: the call must still have been counted.
        }
        expect([name, env.counter.total()]).toEqual([name, 1]);
      }
    }
  });
});
