"use server";

import { ZRecordId } from "@/lib/actions/ids";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { invalid } from "@/lib/actions/result";
import { withActor } from "@/lib/edge/action";
import { unwrap } from "@/lib/edge/outcome";
import { messageFor } from "@/lib/errors";
import { erasePerson } from "@/lib/privacy/erase";

const ZErase = z.object({
  userId: ZRecordId,
  reason: z
    .string()
    .trim()
    .min(5, "Give a reason of at least 5 characters: it is kept in the audit log.")
    .max(500, "Keep the reason under 500 characters."),
  confirm: z.literal("ERASE", "Type ERASE, in capital letters, to confirm."),
});

/** Erases a person (administrators only, checked in lib/): see lib/privacy/erase.ts for what is removed and kept. */
export const eraseAction = withActor(
  {
    schema: ZErase,
    read: (formData) => ({
      userId: formData.get("userId"),
      reason: formData.get("reason"),
      confirm: formData.get("confirm"),
    }),
    invalid: (error) =>
      invalid(error, error.issues.some((i) => i.path[0] === "confirm") ? messageFor("NOTHING_ERASED") : undefined),
  },
  async ({ actor, input }) => {
    unwrap(await erasePerson(actor, input.userId, input.reason));
    revalidatePath(`/admin/people/${input.userId}`);
    revalidatePath("/admin/people");
    return {
      ok: true,
      message:
        "This person has been erased: their name, email and password are gone and their certificates revoked. Their anonymous records are kept.",
    };
  },
);
