"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { withActor } from "@/lib/edge/action";
import { saveOwnReadingSettings } from "@/lib/reading/store";
import { readReadingForm, ZReadingSettings } from "@/lib/reading/settings";

/** Saves the signed-in person's own reading settings; every page they see from now on follows them. */
export const saveReadingSettingsAction = withActor(
  { schema: ZReadingSettings, read: readReadingForm },
  async ({ actor, input }) => {
    await saveOwnReadingSettings(actor, input);
    // The settings are applied by the root layout, so every page is drawn again with them.
    revalidatePath("/", "layout");
    return { ok: true, message: (await getTranslations("Reading"))("saved") };
  },
);
