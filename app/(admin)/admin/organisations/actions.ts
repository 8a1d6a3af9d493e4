"use server";

import { ZRecordId } from "@/lib/actions/ids";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { TActionState } from "@/lib/actions/result";
import { withActor } from "@/lib/edge/action";
import { unwrap } from "@/lib/edge/outcome";
import type { TResult } from "@/lib/errors";
import {
  createGroup,
  createOrganisation,
  deleteGroup,
  MAX_QUIZ_RETAKE_WAIT_MINUTES,
  setQuizRetakeWait,
  setTrainersNeedSecondFactor,
} from "@/lib/people/organisations";

const ZName = z.string().trim().min(2, "FIELD_NAME_TOO_SHORT").max(120, "FIELD_NAME_TOO_LONG");

/** A success revalidates the page it changed; a failure is thrown on, for withActor to word. */
function answered(result: TResult, path: string, message: string): TActionState {
  unwrap(result);
  revalidatePath(path);
  return { ok: true, message };
}

export const createOrganisationAction = withActor(
  { schema: z.object({ name: ZName }), read: (formData) => ({ name: formData.get("name") }) },
  async ({ actor, input }) =>
    answered(
      await createOrganisation(actor, input.name),
      "/admin/organisations",
      (await getTranslations("AdminOrganisations"))("created", { name: input.name }),
    ),
);

export const createGroupAction = withActor(
  {
    schema: z.object({ organisationId: ZRecordId, name: ZName }),
    read: (formData) => ({ organisationId: formData.get("organisationId"), name: formData.get("name") }),
  },
  async ({ actor, input }) =>
    answered(
      await createGroup(actor, input.organisationId, input.name),
      `/admin/organisations/${input.organisationId}`,
      (await getTranslations("AdminOrganisation"))("groupAdded", { name: input.name }),
    ),
);

export const deleteGroupAction = withActor(
  {
    schema: z.object({ groupId: ZRecordId, organisationId: ZRecordId }),
    read: (formData) => ({ groupId: formData.get("groupId"), organisationId: formData.get("organisationId") }),
  },
  async ({ actor, input }) =>
    answered(
      await deleteGroup(actor, input.groupId),
      `/admin/organisations/${input.organisationId}`,
      (await getTranslations("AdminOrganisation"))("groupRemoved"),
    ),
);

const ZRetakeWait = z.object({
  organisationId: ZRecordId,
  // Digits only: an empty or missing field must not quietly become "no wait".
  minutes: z
    .string({ message: "FIELD_WAIT_NOT_A_NUMBER" })
    .trim()
    .refine((v) => !v.startsWith("-"), "FIELD_WAIT_NEGATIVE")
    .refine((v) => /^-?\d{1,6}$/.test(v), "FIELD_WAIT_NOT_A_NUMBER")
    .transform(Number)
    .refine((n) => n <= MAX_QUIZ_RETAKE_WAIT_MINUTES, {
      message: "FIELD_WAIT_TOO_LONG",
      params: { max: MAX_QUIZ_RETAKE_WAIT_MINUTES },
    }),
});

export const setQuizRetakeWaitAction = withActor(
  {
    schema: ZRetakeWait,
    read: (formData) => ({ organisationId: formData.get("organisationId"), minutes: formData.get("minutes") }),
  },
  async ({ actor, input }) =>
    answered(
      await setQuizRetakeWait(actor, input.organisationId, input.minutes),
      `/admin/organisations/${input.organisationId}`,
      input.minutes === 0
        ? (await getTranslations("AdminOrganisation"))("quizNoWait")
        : (await getTranslations("AdminOrganisation"))("quizWait", { minutes: input.minutes }),
    ),
);

const ZTrainersSecondFactor = z.object({ organisationId: ZRecordId, required: z.enum(["yes", "no"]) });

export const setTrainersNeedSecondFactorAction = withActor(
  {
    schema: ZTrainersSecondFactor,
    read: (formData) => ({ organisationId: formData.get("organisationId"), required: formData.get("required") }),
  },
  async ({ actor, input }) =>
    answered(
      await setTrainersNeedSecondFactor(actor, input.organisationId, input.required === "yes"),
      `/admin/organisations/${input.organisationId}`,
      (await getTranslations("AdminOrganisation"))(
        input.required === "yes" ? "signInNowNeedCode" : "signInNowPasswordAlone",
      ),
    ),
);
