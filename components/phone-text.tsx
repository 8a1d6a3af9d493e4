import { Fragment } from "react";
import { HELP_PHONE_NUMBERS } from "@/lib/course/help";
import { splitPhoneNumbers } from "@/lib/format/phone-links";

/** Text from the course with each helpline number in it a `tel:` link, so that a phone dials it on a tap. */
export function PhoneText({
  text,
  linkClassName = "font-semibold whitespace-nowrap underline",
}: {
  text: string;
  linkClassName?: string;
}) {
  return (
    <>
      {splitPhoneNumbers(text, HELP_PHONE_NUMBERS).map((segment, i) =>
        segment.kind === "phone" ? (
          <a key={i} href={segment.href} className={linkClassName}>
            {segment.text}
          </a>
        ) : (
          <Fragment key={i}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}
