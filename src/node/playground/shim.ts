// The google.script.run stand-in injected into the real dist/Sidebar.html: each server call becomes
// POST /rpc/<name>, and the answer goes to the success or failure handler as in Apps Script. After a call
// the parent page is told to redraw its grid of the emulated tabs. When the playground server itself does
// not answer (the npm start window was closed), the sidebar gets the playground's own answer saying so,
// not Apps Script's "check your internet" (the playground needs none).
export const SERVER_GONE = {
  ok: false,
  error: {
    code: 'playground-stopped',
    message_th:
      'playground ไม่ตอบ: หน้าต่างที่รันคำสั่ง npm start ถูกปิดหรือหยุดไปแล้ว ให้รัน npm start อีกครั้งแล้วโหลดหน้านี้ใหม่ ' +
      '(ข้อมูลที่บันทึกแล้วยังอยู่ใน .playground/workbook.json)',
    message_en:
      'The playground is not answering: the window running npm start was closed or stopped. Run npm start ' +
      'again, then reload this page (what was saved is kept in .playground/workbook.json).',
  },
} as const;

export const SHIM_SCRIPT = `
(function () {
  var SERVER_GONE = ${JSON.stringify(SERVER_GONE)};
  function runner(onSuccess, onFailure) {
    var target = {
      withSuccessHandler: function (fn) { return runner(fn, onFailure); },
      withFailureHandler: function (fn) { return runner(onSuccess, fn); },
      withUserObject: function () { return runner(onSuccess, onFailure); }
    };
    return new Proxy(target, {
      get: function (obj, name) {
        if (name in obj) return obj[name];
        if (typeof name !== 'string') return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/rpc/' + encodeURIComponent(name), {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ args: args })
          })
            .then(
              function (response) {
                return response.json().then(function (body) {
                  if (!response.ok) throw new Error(body && body.message ? body.message : 'HTTP ' + response.status);
                  return body.result;
                });
              },
              // fetch itself failed: nothing listens on the playground's port any more.
              function () { return SERVER_GONE; }
            )
            .then(
              function (result) { if (onSuccess) onSuccess(result); },
              function (error) { if (onFailure) onFailure(error instanceof Error ? error : new Error(String(error))); }
            )
            .then(function () {
              try { window.parent.postMessage({ type: 'ita-playground:changed' }, window.location.origin); } catch (e) {}
            });
        };
      }
    });
  }
  window.google = { script: { run: runner(null, null), host: { close: function () {}, editor: { focus: function () {} } } } };
})();
`;

/** The sidebar page with the shim placed before its own script. */
export function withShim(sidebarHtml: string): string {
  const tag = `<script>${SHIM_SCRIPT}</script>`;
  const at = sidebarHtml.indexOf('<script');
  if (at < 0) return sidebarHtml.replace('</body>', () => `${tag}</body>`);
  return sidebarHtml.slice(0, at) + tag + sidebarHtml.slice(at);
}
