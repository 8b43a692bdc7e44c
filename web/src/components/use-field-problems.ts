import { useEffect, useRef, useState } from 'react';
import { firstProblemField, problemOnFields, type FieldProblems } from '../api/problem-fields.ts';
import { problemOf } from '../api/queries.ts';

/**
 * The alert of the form `button` submits (its `other` words, in a ReasonsAlert): the first element
 * with role="alert" in that form, if any.
 */
function formAlert(button: HTMLButtonElement | null): HTMLElement | null {
  return button?.form?.querySelector<HTMLElement>('[role="alert"]') ?? null;
}

/**
 * A form's refusal on its fields: `refused(error)` puts each part of the server's problem on the
 * field it names, in plain words, and the focus on the first of them in `order`. When it names none,
 * the focus goes to the form's alert saying it (brought into view: above the form, it can be out of
 * sight on a phone), or to `fallback`, the submit button, when the form shows no alert (a loading
 * button has dropped the focus to the page either way). A
 * field's words go once it is edited (`edited`). `field(name)` gives an input its `ref` and `error`;
 * `bind(values, setValues)` gives a form of text fields each input's value, ref, error and onChange
 * (which also clears its words); `focus(name)` moves to a field (a check of the form's own).
 */
export function useFieldProblems<F extends string>(order: readonly F[], aliases: Readonly<Record<string, F>> = {}) {
  const [problems, setProblems] = useState<FieldProblems<F>>({ fields: {}, other: [] });
  const inputs = useRef<Partial<Record<F, HTMLElement | null>>>({});
  const fallback = useRef<HTMLButtonElement>(null);
  // Set by a refusal only: clearing a field's words as it is edited moves no focus.
  const focusNext = useRef(false);
  useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    const first = firstProblemField(order, problems.fields);
    if (first) {
      inputs.current[first]?.focus();
      return;
    }
    const alert = problems.other.length ? formAlert(fallback.current) : null;
    if (!alert) {
      fallback.current?.focus();
      return;
    }
    // Centred rather than at the top edge, where the fixed header would cover it.
    alert.tabIndex = -1;
    alert.scrollIntoView?.({ block: 'center' });
    alert.focus({ preventScroll: true });
  }, [problems, order]);
  const edited = (name: F) => {
    if (problems.fields[name]) setProblems(({ fields: { [name]: _gone, ...rest }, other }) => ({ fields: rest as Partial<Record<F, string>>, other }));
  };
  const field = (name: F) => ({
    ref: (element: HTMLElement | null) => {
      inputs.current[name] = element;
    },
    error: problems.fields[name],
  });
  return {
    fields: problems.fields,
    /** What the problem says of no field: for an alert above the form. */
    other: problems.other,
    fallback,
    refused: (error: unknown) => {
      focusNext.current = true;
      setProblems(problemOnFields(problemOf(error), order, aliases));
    },
    edited,
    clear: () => setProblems({ fields: {}, other: [] }),
    /** Puts the focus on a field, as for the form's own checks before it is sent. */
    focus: (name: F) => inputs.current[name]?.focus(),
    field,
    bind:
      <V extends Record<F, string>>(values: V, setValues: (next: V) => void) =>
      (name: F) => ({
        value: values[name],
        ...field(name),
        onChange: (e: { currentTarget: { value: string } }) => {
          setValues({ ...values, [name]: e.currentTarget.value });
          edited(name);
        },
      }),
  };
}
