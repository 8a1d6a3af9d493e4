import { createRandom } from "../lib/testing/random";

/** Hostile and malformed input, reproducible from a seed. */
export function payloadGenerator(seed: number) {
  const { next: random, pick } = createRandom(seed);
  const FRAGMENTS = [
    "' OR '1'='1",
    '1; DROP TABLE "User";--',
    '" OR ""="',
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "{{7*7}}",
    "${7*7}",
    "../../etc/passwd",
    "%00",
    "\u0000",
    "\uFFFF",
    "\u202Eevil",
    "😀👩‍👩‍👧",
    "Zoë Łukasiewicz",
    "\r\nSet-Cookie: x=1",
    "null",
    "undefined",
    "NaN",
    "-1",
    "SG-0000-0000-0000-0000",
    "__proto__",
    "constructor",
    '=HYPERLINK("http://x")',
    " ",
    "",
  ];
  const string = (max = 2000): string => {
    const kind = random();
    if (kind < 0.5) return pick(FRAGMENTS);
    if (kind < 0.8)
      return Array.from({ length: Math.floor(random() * 40) }, () =>
        String.fromCodePoint(Math.floor(random() * 0x2ffff)),
      ).join("");
    return pick(FRAGMENTS)
      .repeat(Math.ceil((random() * max) / 10) + 1)
      .slice(0, max);
  };
  const value = (depth = 0): unknown => {
    const kind = random();
    if (kind < 0.35) return string(depth ? 500 : 100_000);
    if (kind < 0.45) return pick([0, -1, 1e308, -1e308, 3.14, 2 ** 53, Number.MAX_SAFE_INTEGER]);
    if (kind < 0.5) return pick([true, false, null]);
    if (kind < 0.75 && depth < 4) return Array.from({ length: Math.floor(random() * 5) }, () => value(depth + 1));
    if (depth < 4)
      return Object.fromEntries(
        Array.from({ length: Math.floor(random() * 5) }, () => [
          pick([string(30), "__proto__", "constructor", "token", "answers", "seconds"]),
          value(depth + 1),
        ]),
      );
    return string(50);
  };
  return { random, pick, string, value };
}
