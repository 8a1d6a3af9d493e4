export { AppError, failure, isAppError, type TFailure, type TResult } from "./app-error";
export { ERROR_STATUS, isErrorCode, statusFor, type TErrorCode, type TErrorParams } from "./codes";
export {
  CATALOGUES,
  messageFor,
  ROLE_ACTIONS,
  ROLE_HOLDERS,
  type TLocale,
  type TRoleAction,
  type TRoleHolders,
} from "./messages";
export { fieldErrorsOf, fieldMessage, issuesInOneLine } from "./field-messages";
