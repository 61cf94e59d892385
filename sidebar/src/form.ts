// Form controls with their labels tied by id, and an inline message per field for invalid input.
import { h, nextId } from './dom';
import { bind, t, type Text } from './i18n';
import { readBuddhistYear, type YearProblem } from './numbers';

export interface Field<E extends HTMLElement> {
  wrap: HTMLElement;
  input: E;
  /** Shows (or with null, hides) the message under the field and marks it invalid for screen readers. */
  setError(text: Text | null): void;
}

function withError<E extends HTMLElement>(wrap: HTMLElement, input: E, hint?: Text): Field<E> {
  const errorId = nextId('err');
  const describedBy: string[] = [errorId];
  if (hint) {
    const hintEl = h('span', { class: 'field-hint gray', id: nextId('hint'), text: hint });
    wrap.appendChild(hintEl);
    describedBy.push(hintEl.id);
  }
  const errorEl = h('span', { class: 'field-error error', id: errorId, attrs: { hidden: true } });
  wrap.appendChild(errorEl);
  input.setAttribute('aria-describedby', describedBy.join(' '));
  return {
    wrap,
    input,
    setError(text) {
      if (text) {
        bind(errorEl, text);
        errorEl.hidden = false;
        input.setAttribute('aria-invalid', 'true');
      } else {
        bind(errorEl, () => '');
        errorEl.hidden = true;
        input.removeAttribute('aria-invalid');
      }
    },
  };
}

export interface InputOptions {
  value?: string;
  /** A number typed as text (type=number would silently drop Thai digits); read with readNumber. */
  numeric?: 'integer' | 'decimal';
  required?: boolean;
  maxLength?: number;
  hint?: Text;
  placeholder?: Text;
  autocomplete?: string;
}

export function textField(label: Text, options: InputOptions = {}): Field<HTMLInputElement> {
  const id = nextId('f');
  const input = h('input', {
    id,
    attrs: {
      type: 'text',
      required: options.required,
      maxlength: options.maxLength ?? (options.numeric ? 12 : undefined),
      inputmode: options.numeric === 'integer' ? 'numeric' : options.numeric,
      autocomplete: options.autocomplete ?? 'off',
    },
  });
  input.value = options.value ?? '';
  if (options.placeholder) bind(input, options.placeholder, 'placeholder');
  const wrap = h('div', { class: 'field' }, h('label', { attrs: { for: id }, text: label }), input);
  return withError(wrap, input, options.hint);
}

export function textArea(
  label: Text,
  options: { id?: string; value?: string; rows?: number; maxLength?: number; placeholder?: Text; hint?: Text } = {},
): Field<HTMLTextAreaElement> {
  const id = options.id ?? nextId('f');
  const input = h('textarea', { id, attrs: { rows: options.rows ?? 3, maxlength: options.maxLength } });
  input.value = options.value ?? '';
  if (options.placeholder) bind(input, options.placeholder, 'placeholder');
  const wrap = h('div', { class: 'field' }, h('label', { attrs: { for: id }, text: label }), input);
  return withError(wrap, input, options.hint);
}

export function selectField(
  label: Text,
  choices: { value: string; label: Text }[],
  value: string,
): Field<HTMLSelectElement> {
  const id = nextId('f');
  const input = h('select', { id });
  for (const choice of choices) input.appendChild(h('option', { attrs: { value: choice.value }, text: choice.label }));
  input.value = value;
  const wrap = h('div', { class: 'field' }, h('label', { attrs: { for: id }, text: label }), input);
  return withError(wrap, input);
}

export function checkbox(label: Text, checked: boolean, value = ''): { wrap: HTMLElement; input: HTMLInputElement } {
  const id = nextId('c');
  const input = h('input', { id, attrs: { type: 'checkbox', value } });
  input.checked = checked;
  const wrap = h('div', { class: 'check' }, input, h('label', { attrs: { for: id }, text: label }));
  return { wrap, input };
}

export function radio(
  name: string,
  label: Text,
  value: string,
  checked: boolean,
): { wrap: HTMLElement; input: HTMLInputElement } {
  const id = nextId('r');
  const input = h('input', { id, attrs: { type: 'radio', name, value } });
  input.checked = checked;
  const wrap = h('div', { class: 'check' }, input, h('label', { attrs: { for: id }, text: label }));
  return { wrap, input };
}

/** A fieldset with a legend; groups checkboxes and radios for screen readers. */
export function group(legend: Text, ...children: HTMLElement[]): HTMLFieldSetElement {
  return h('fieldset', { class: 'group' }, h('legend', { text: legend }), ...children);
}

export function button(
  label: Text,
  kind: 'action' | 'create' | 'secondary' | 'link',
  onClick: () => void,
  extra: Record<string, string> = {},
): HTMLButtonElement {
  return h('button', { class: kind, attrs: { type: 'button', ...extra }, text: label, on: { click: onClick } });
}

/** The message for a year that is not a usable พ.ศ. year, naming the year the person probably meant. */
function yearProblemText(problem: YearProblem): Text {
  switch (problem.kind) {
    case 'two-digits':
      return () => t('yearTwoDigits').replace('{year}', String(problem.suggestion));
    case 'christian-era':
      return () => t('yearChristianEra').replace('{year}', String(problem.suggestion));
    default:
      return 'yearRange';
  }
}

/** The พ.ศ. year in a field, or null after showing under the field what is wrong with it. */
export function readYearField(field: Field<HTMLInputElement>): number | null {
  const reading = readBuddhistYear(field.input.value);
  field.setError(reading.ok ? null : yearProblemText(reading.problem));
  return reading.ok ? reading.year : null;
}
