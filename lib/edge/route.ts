import "server-only";
import type { z } from "zod";
import type { TActor } from "../auth/current-user";
import type { TRole } from "../auth/roles";
import { getDefaultCourse } from "../course";
import type { TCourse } from "../course/types";
import { publicBaseUrl } from "../env";
import { AppError, type TLocale, type TRoleAction } from "../errors";
import { crossSiteRefusal, isCrossSiteRequest } from "../security/same-origin";
import { currentActorAndLocale } from "./action";
import { requestLocale } from "./locale";
import { errorResponse } from "./outcome";

/** What every route handler's work is given; built in one place, like the actions' context. */
export type TRouteContext<TParams> = {
  actor: TActor;
  request: Request;
  params: TParams;
  /** The site's public address, for links in PDFs. */
  baseUrl: string;
  /** The course the request is about: the default course until a request can name another. */
  course: TCourse;
  /** The language to answer in (requestLocale). */
  locale: TLocale;
};

type TRouteSpec = {
  /** Who may call it, and what anyone else is told they cannot do. All signed-in roles if left out. */
  roles?: { only: readonly TRole[]; action: TRoleAction };
  /** Refuse a POST another website's page sent (see isCrossSiteRequest); checked before anything else. */
  sameSiteOnly?: boolean;
  /** Headers every refusal carries too (e.g. Cache-Control on a handler whose answers are private). */
  headers?: HeadersInit;
};

type THandler<TParams> = (request: Request, segment: { params: Promise<TParams> }) => Promise<Response>;

/**
 * A route handler for a signed-in person: 401 when not signed in, 403 for another role, and any AppError its work
 * throws as `{ error, code }` with the code's status. Anything else thrown passes through to Next (a 500 without a
 * stack trace in production), as do the handler's own responses, statuses and headers.
 */
export function withActorRoute<TParams = Record<string, never>>(
  spec: TRouteSpec,
  work: (context: TRouteContext<TParams>) => Promise<Response>,
): THandler<TParams> {
  return async (request, segment) => {
    if (spec.sameSiteOnly && isCrossSiteRequest(request)) return crossSiteRefusal(await requestLocale());
    try {
      const { actor, locale } = await currentActorAndLocale(spec.roles);
      const params = segment?.params ? await segment.params : ({} as TParams);
      return await work({
        actor,
        request,
        params,
        baseUrl: publicBaseUrl(),
        course: getDefaultCourse(),
        locale,
      });
    } catch (error) {
      if (error instanceof AppError)
        return errorResponse(error, { headers: spec.headers, locale: await requestLocale() });
      throw error;
    }
  };
}

/** The request's JSON body, checked by a schema: BODY_NOT_JSON or BODY_INVALID (400) naming the expected shape. */
export async function readJsonBody<TSchema extends z.ZodType>(
  request: Request,
  schema: TSchema,
  shape: string,
): Promise<z.output<TSchema>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("BODY_NOT_JSON", { shape });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new AppError("BODY_INVALID", { shape });
  return parsed.data;
}
