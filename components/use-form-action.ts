"use client";

import { startTransition, useActionState, type FormEvent } from "react";

/**
 * useActionState for a form that keeps what the person entered. React 19 resets a form once an action passed
 * as its `action` finishes, so after "check the form" every field looked cleared (a select back on its first
 * option, a chosen answer unticked) and a corrected resubmission could send what the person never chose.
 * Sending through `onSubmit` in a transition runs the same action without that reset. `action` stays on the
 * form, so it still posts before scripts load or with them off; the page then re-renders from the returned
 * state, which is where a form that must survive that (the quiz) puts back what was sent.
 *
 * Spread `form` on the <form>: `<form {...form}>`.
 */
export function useFormAction<S>(action: (state: Awaited<S>, data: FormData) => Promise<S>, initial: Awaited<S>) {
  const [state, formAction, pending] = useActionState<S, FormData>(action, initial);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(data));
  }
  return { state, pending, form: { action: formAction, onSubmit } };
}
