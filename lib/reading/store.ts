import "server-only";
import type { TActor } from "../auth/current-user";
import { db } from "../db/client";
import { READING_SELECT, rowOfSettings, settingsOfRow } from "./columns";
import { ZReadingSettings, type TReadingSettings } from "./settings";

/** The actor's own reading settings. There is no way to read anyone else's: they are nobody else's business. */
export async function getOwnReadingSettings(actor: TActor): Promise<TReadingSettings> {
  const row = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: READING_SELECT });
  return settingsOfRow(row);
}

/**
 * Saves the actor's own reading settings (checked again here: the data layer does not trust its caller). Only
 * ever the actor's row: a person changes their own settings and no one else's, whatever their role.
 */
export async function saveOwnReadingSettings(actor: TActor, settings: TReadingSettings): Promise<TReadingSettings> {
  const checked = ZReadingSettings.parse(settings);
  const row = await db.user.update({ where: { id: actor.id }, data: rowOfSettings(checked), select: READING_SELECT });
  return settingsOfRow(row);
}
