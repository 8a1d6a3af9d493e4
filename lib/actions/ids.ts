import { z } from "zod";

/**
 * The id of a stored record (a cuid) as a form sends it. Only the characters ids are made of: anything else cannot
 * name a record, and some characters (NUL) make PostgreSQL fail the whole query instead of finding nothing.
 */
export const ZRecordId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, "Not a valid id.");
/** The same, or empty for "none chosen". */
export const ZRecordIdOrEmpty = z.string().regex(/^[A-Za-z0-9_-]{0,40}$/, "Not a valid id.");
