// The google.script.run stand-in injected into the real dist/Sidebar.html: each server call becomes
// POST /rpc/<name>, and the answer goes to the success or failure handler as in Apps Script. After a call
// the parent page is told to redraw its grid of the emulated tabs.
export const SHIM_SCRIPT = `
(function () {
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
            .then(function (response) {
              return response.json().then(function (body) {
                if (!response.ok) throw new Error(body && body.message ? body.message : 'HTTP ' + response.status);
                return body.result;
              });
            })
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
