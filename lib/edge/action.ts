import "server-only";
import type { z } from "zod";
import { invalid, type TActionState } from "../actions/result";
import { getSignInState, type TActor } from "../auth/current-user";
import type { TRole } from "../auth/roles";
import { getDefaultCourse } from "../course";
import type { TCourse } from "../course/types";
import { publicBaseUrl } from "../env";
import { AppError, type TLocale, type TRoleAction } from "../errors";
import { resolveLocale } from "../i18n/resolve-locale";
import { requestLocale } from "./locale";
import { refusalMessage, roleRefusal } from "./outcome";

/**
 * What every server action's work is given. One object, built in one place (publicContext, which withActor extends with the actor), so that
 * what the edge resolves once per request (the course, the locale) is added here rather than in each action.
 */
export type TPublicContext<TInput> = {
  input: TInput;
  formData: FormData;
  /** The site's public address, for links in emails and certificates. */
  baseUrl: string;
  /** The course the request is about: the default course until a request can name another. */
  course: TCourse;
  /** The language to answer in (requestLocale). */
  locale: TLocale;
};
export type TActionContext<TInput> = TPublicContext<TInput> & { actor: TActor };

/**
 * How a form's state shows a refusal, and a submission that does not validate. The state type is TActionState
 * unless given: withActor<typeof ZSchema, TMyState>(…).
 */
type TStateShape<TState> = {
  /** A refusal (an AppError, or not signed in) as this form's state. The default suits TActionState. */
  fail?: (message: string, previous: NoInfer<TState>) => NoInfer<TState>;
  /**
   * A zod failure as this form's state; the default is invalid(): "Check the form…" and the field errors. The
   * locale is the request's, for wording them (messageFor(code, params, locale), fieldErrorsOf(error, locale)).
   */
  invalid?: (error: z.ZodError, previous: NoInfer<TState>, locale: TLocale) => NoInfer<TState>;
};

type TPublicSpec<TSchema extends z.ZodType, TState> = TStateShape<TState> & {
  schema: TSchema;
  /** The raw values the schema reads, taken from the form. */
  read: (formData: FormData) => unknown;
};

type TActorSpec<TSchema extends z.ZodType, TState> = TPublicSpec<TSchema, TState> & {
  /** Who may call it, and what anyone else is told they cannot do ("Only … can <action>."). All roles if left out. */
  roles?: { only: readonly TRole[]; action: TRoleAction };
};

type TAction<TState> = (previous: TState, formData: FormData) => Promise<TState>;

const failAsActionState = (message: string): TActionState => ({ ok: false, message });

function publicContext<TInput>(input: TInput, formData: FormData, locale: TLocale): TPublicContext<TInput> {
  return { input, formData, baseUrl: publicBaseUrl(), course: getDefaultCourse(), locale };
}

/** Validates, runs the work, and words an AppError as the form's state; everything else thrown passes through. */
async function run<TSchema extends z.ZodType, TState, TContext>(
  spec: TPublicSpec<TSchema, TState>,
  previous: TState,
  formData: FormData,
  locale: TLocale,
  resolve: (input: z.output<TSchema>) => Promise<TContext>,
  work: (context: TContext, previous: TState) => Promise<TState>,
): Promise<TState> {
  const fail = spec.fail ?? (failAsActionState as unknown as (message: string, previous: TState) => TState);
  try {
    const parsed = spec.schema.safeParse(spec.read(formData));
    if (!parsed.success)
      return spec.invalid ? spec.invalid(parsed.error, previous, locale) : (invalid(parsed.error, locale) as TState);
    return await work(await resolve(parsed.data), previous);
  } catch (error) {
    const message = refusalMessage(error, locale);
    if (message === null) throw error;
    return fail(message, previous);
  }
}

/**
 * A public form's action (no one signed in, e.g. a reset link): validates the form, then runs the work; an
 * AppError becomes the form's message. Anything else thrown passes through (redirect(), notFound(), faults).
 */
export function withoutActor<TSchema extends z.ZodType, TState = TActionState>(
  spec: TPublicSpec<TSchema, TState>,
  work: (context: TPublicContext<z.output<TSchema>>, previous: NoInfer<TState>) => Promise<NoInfer<TState>>,
): TAction<TState> {
  return async (previous, formData) => {
    const locale = await requestLocale();
    return run(spec, previous, formData, locale, async (input) => publicContext(input, formData, locale), work);
  };
}

/**
 * A signed-in person's form action: resolves the actor once (before reading the form, so someone signed out is
 * told to sign in whatever they sent), checks the role, validates, then runs the work, whose AppErrors become the
 * form's message. lib/ still scopes every read and write by the actor: this is the edge's check, not the wall.
 */
export function withActor<TSchema extends z.ZodType, TState = TActionState>(
  spec: TActorSpec<TSchema, TState>,
  work: (context: TActionContext<z.output<TSchema>>, previous: NoInfer<TState>) => Promise<NoInfer<TState>>,
): TAction<TState> {
  return async (previous, formData) => {
    let signedIn: { actor: TActor; locale: TLocale };
    try {
      signedIn = await currentActorAndLocale(spec.roles);
    } catch (error) {
      const message = refusalMessage(error, await requestLocale());
      if (message === null) throw error;
      return (spec.fail ?? (failAsActionState as unknown as (m: string, p: TState) => TState))(message, previous);
    }
    const { actor, locale } = signedIn;
    return run(
      spec,
      previous,
      formData,
      locale,
      async (input) => ({ ...publicContext(input, formData, locale), actor }),
      work,
    );
  };
}

/** The signed-in actor, or an AppError: not signed in, or not of a role that may call. */
export async function currentActor(roles?: { only: readonly TRole[]; action: TRoleAction }): Promise<TActor> {
  return (await currentActorAndLocale(roles)).actor;
}

/**
 * The signed-in actor and the language they read (their choice, else their organisation's), from the one session
 * query; or an AppError, as currentActor.
 */
export async function currentActorAndLocale(roles?: {
  only: readonly TRole[];
  action: TRoleAction;
}): Promise<{ actor: TActor; locale: TLocale }> {
  const state = await getSignInState();
  if (!state) throw new AppError("SIGN_IN_REQUIRED");
  // Signed in with a password, but the second factor is still to come (or to be set up).
  if (state.stage !== "full") throw new AppError("SECOND_FACTOR_NEEDED");
  const actor = state.actor;
  if (roles && !roles.only.includes(actor.role)) throw roleRefusal(roles.only, roles.action);
  const locale = resolveLocale({ personal: state.language.personal, organisationDefault: state.language.organisation });
  return { actor, locale };
}
