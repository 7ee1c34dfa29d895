/**
 * Accessible form controls: every control has a label, hints and errors are tied to it with
 * aria-describedby, invalid controls carry aria-invalid, and an error summary links to each field.
 */
import type { Child } from 'hono/jsx';
import type { AdminMessages } from '../../i18n';

/** Field name → message. */
export type FormErrors = Record<string, string>;

export const fieldId = (name: string) => `f-${name.replace(/[^\w-]/g, '-')}`;

export function ErrorSummary({ errors, t }: { errors: FormErrors; t: AdminMessages }) {
  const entries = Object.entries(errors);
  if (!entries.length) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
      <h2 id="error-summary-title">{t.common.errorSummary}</h2>
      <p>{t.common.errorsIntro}</p>
      <ul>
        {entries.map(([name, message]) => (
          <li>
            <a href={`#${fieldId(name)}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface BaseProps {
  name: string;
  /** Stands in for `name` in the element ids, when one form field name appears several times on a page. */
  idName?: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  t: AdminMessages;
}

function describedBy(name: string, hint?: string, error?: string) {
  const ids = [hint ? `${fieldId(name)}-hint` : '', error ? `${fieldId(name)}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

function Wrap({ name: fieldName, idName, label, hint, error, required, t, children }: BaseProps & { children: Child }) {
  const name = idName ?? fieldName;
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={fieldId(name)}>
        {label} {required ? <span class="req">{t.common.required}</span> : null}
      </label>
      {hint ? (
        <p class="hint" id={`${fieldId(name)}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="error" id={`${fieldId(name)}-error`}>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

export function TextField(props: BaseProps & { value?: string | number | null; type?: string; inputmode?: 'numeric' | 'email' | 'text' | 'url'; autocomplete?: string; maxlength?: number }) {
  const { name, idName = name, value, type = 'text', inputmode, autocomplete, maxlength, hint, error, required } = props;
  return (
    <Wrap {...props}>
      <input
        id={fieldId(idName)}
        name={name}
        type={type}
        value={value === null || value === undefined ? '' : String(value)}
        inputmode={inputmode}
        autocomplete={autocomplete}
        maxlength={maxlength}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(idName, hint, error)}
      />
    </Wrap>
  );
}

export function TextArea(props: BaseProps & { value?: string | null; rows?: number; maxlength?: number }) {
  const { name, value, rows = 5, maxlength, hint, error, required } = props;
  return (
    <Wrap {...props}>
      <textarea
        id={fieldId(name)}
        name={name}
        rows={rows}
        maxlength={maxlength}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(name, hint, error)}
      >
        {value ?? ''}
      </textarea>
    </Wrap>
  );
}

export function Select(props: BaseProps & { value?: string | null; options: { value: string; label: string }[]; empty?: string }) {
  const { name, idName = name, value, options, empty, hint, error, required } = props;
  return (
    <Wrap {...props}>
      <select id={fieldId(idName)} name={name} required={required} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(idName, hint, error)}>
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map((o) => (
          <option value={o.value} selected={o.value === value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrap>
  );
}

export function Checkbox({ name, label, checked, error, hint }: { name: string; label: string; checked: boolean; error?: string; hint?: string }) {
  return (
    <div class={error ? 'field check invalid' : 'field check'}>
      {error ? (
        <p class="error" id={`${fieldId(name)}-error`}>
          {error}
        </p>
      ) : null}
      <input id={fieldId(name)} type="checkbox" name={name} value="1" checked={checked} aria-describedby={describedBy(name, hint, error)} />
      <label for={fieldId(name)}>{label}</label>
      {hint ? (
        <p class="hint" id={`${fieldId(name)}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** A group of checkboxes for a multi-choice answer, in a fieldset with a legend. */
export function CheckboxGroup({ name, legend, options, values, error }: { name: string; legend: string; options: { value: string; label: string }[]; values: string[]; error?: string }) {
  return (
    <fieldset class={error ? 'field invalid' : 'field'} id={fieldId(name)} aria-describedby={error ? `${fieldId(name)}-error` : undefined}>
      <legend>{legend}</legend>
      {error ? (
        <p class="error" id={`${fieldId(name)}-error`}>
          {error}
        </p>
      ) : null}
      {options.map((o, i) => (
        <div class="check">
          <input id={`${fieldId(name)}-${i}`} type="checkbox" name={name} value={o.value} checked={values.includes(o.value)} />
          <label for={`${fieldId(name)}-${i}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
