import { describe, expect, it } from "vitest";
import { messageFor } from "../errors/messages";
import { headerLocale } from "./header-locale";

const request = (cookie: string | undefined, acceptLanguage: string | null) => ({
  cookies: { get: (name: string) => (name === "language" && cookie !== undefined ? { value: cookie } : undefined) },
  headers: new Headers(acceptLanguage === null ? {} : { "accept-language": acceptLanguage }),
});

describe("the language a request carries by itself (proxy.ts's refusals)", () => {
  it("is the language chosen on a signed-out page, before the browser's", () => {
    expect(headerLocale(request("cy", "en-GB,en;q=0.9"))).toBe("cy");
    expect(headerLocale(request("en-GB", "cy"))).toBe("en-GB");
  });

  it("is the browser's when nothing was chosen, and UK English when nothing says", () => {
    expect(headerLocale(request(undefined, "cy-GB,cy;q=0.9,en;q=0.8"))).toBe("cy");
    expect(headerLocale(request(undefined, null))).toBe("en-GB");
    expect(headerLocale(request("xx", "fr"))).toBe("en-GB");
  });

  it("words a refusal for a Welsh reader in Welsh", () => {
    expect(messageFor("ADDRESS_MALFORMED", {}, headerLocale(request(undefined, "cy")))).toBe(
      "Nid yw'r cyfeiriad hwn wedi'i amgodio'n gywir. Gwiriwch y ddolen a rhowch gynnig arall arni.",
    );
  });
});
