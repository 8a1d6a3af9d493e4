import type { AbstractIntlMessages } from "next-intl";

/** The namespaces client components read (useTranslations in a "use client" file): only these reach the browser. */
export const CLIENT_NAMESPACES = ["SignOut", "Language"] as const;

export function clientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  return Object.fromEntries(CLIENT_NAMESPACES.filter((n) => n in messages).map((n) => [n, messages[n]!]));
}
