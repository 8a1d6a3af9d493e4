import { getRequestConfig } from "next-intl/server";
import { ORGANISATION_TIME_ZONE } from "../dates/calendar-day";
import { currentLocale } from "./current-locale";
import { loadMessages } from "./messages";

// next-intl's request configuration (named in next.config.js): which language this request is in and its messages.
export default getRequestConfig(async () => {
  const locale = await currentLocale();
  return { locale, messages: await loadMessages(locale), timeZone: ORGANISATION_TIME_ZONE };
});
