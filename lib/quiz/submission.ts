import { z } from "zod";
import { MAX_SUBMISSION_TOKEN_LENGTH } from "./submission-token";

/**
 * A quiz submission as a client sends it, the same whether from the quiz form (server action) or as JSON to
 * POST /api/modules/[moduleId]/attempts: the form's token and, per question id, the option ids chosen.
 */
export const ZQuizSubmission = z.strictObject({
  token: z.string().min(1).max(MAX_SUBMISSION_TOKEN_LENGTH),
  answers: z
    .record(z.string().max(100), z.array(z.string().max(100)).max(50))
    .refine((a) => Object.keys(a).length <= 200, "FIELD_TOO_MANY_ANSWERS"),
});
export type TQuizSubmission = z.infer<typeof ZQuizSubmission>;

/** The form also names its module (the API has it in the path). */
export const ZQuizFormSubmission = ZQuizSubmission.extend({ moduleId: z.string().min(1).max(100) });
