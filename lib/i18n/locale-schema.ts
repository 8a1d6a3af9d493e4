import { z } from "zod";
import { LOCALES } from "./locales";

/** A language a form may choose: one of the interface's (validated on the server, in the actions that take it). */
export const ZLocale = z.enum(LOCALES);
