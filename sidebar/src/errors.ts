// One error box per step: a readable message in the current language, the fix for the multi-account
// authorization problem, the findings that blocked an export, and the raw detail for support.
import { h, fill, clear } from './dom';
import { onLangChange, pick, t } from './i18n';
import { MESSAGES, type MessageKey } from './messages';
import { renderFindings } from './findings';
import { RpcFailure } from './rpc';

export class ErrorBox {
  readonly el: HTMLElement;
  private error: unknown = null;

  constructor() {
    this.el = h('div', { class: 'error-box', attrs: { role: 'alert', hidden: true } });
    onLangChange(() => {
      if (this.error !== null) this.render();
    });
  }

  show(error: unknown): void {
    this.error = error;
    this.render();
  }

  clear(): void {
    this.error = null;
    clear(this.el);
    this.el.hidden = true;
  }

  private render(): void {
    const error = this.error;
    const failure =
      error instanceof RpcFailure
        ? error
        : new RpcFailure('network', { code: 'client', message_th: '', message_en: '' }, String(error));
    const parts: (HTMLElement | null)[] = [h('p', { class: 'error-title' }, t('errorTitle'))];
    switch (failure.kind) {
      case 'server':
        parts.push(h('p', { class: 'error' }, pick(failure.user)));
        break;
      case 'auth':
        parts.push(h('p', { class: 'error' }, t('errorAuth')), h('p', { class: 'hint' }, t('errorAuthHint')));
        break;
      case 'bad-answer':
        parts.push(h('p', { class: 'error' }, t('errorBadAnswer')));
        break;
      default:
        parts.push(h('p', { class: 'error' }, t('errorNetwork')));
    }
    const findings = failure.user.findings ?? [];
    if (findings.length > 0) {
      parts.push(
        h('p', { class: 'error-sub' }, t('findingsIn')),
        renderFindings(findings, (e) => this.show(e)),
      );
    }
    if (failure.detail) {
      parts.push(
        h('details', { class: 'error-detail' }, h('summary', {}, t('errorDetail')), h('code', {}, failure.detail)),
      );
    }
    fill(this.el, ...parts);
    this.el.hidden = false;
  }
}

/** A problem found in the sidebar itself (nothing pasted, no report picked), kept in both languages. */
export function localFailure(code: string, key: MessageKey): RpcFailure {
  return new RpcFailure('server', { code, message_th: MESSAGES[key].th, message_en: MESSAGES[key].en });
}
