import { describe, expect, it } from "vitest";
import { citationText } from "./citation";

const article = {
  id: "a",
  kind: "article" as const,
  seed: "000_abc.txt",
  publisher: "Greatest Hits Radio",
  title: "Child abuse image crimes increase by 16%",
  published: "2024-03-02",
  label: "Greatest Hits Radio, Mar 2024",
  excerpts: ["x"],
};

describe("citationText", () => {
  it("cites an article by title, publisher and date in UK style, never by the seed file", () => {
    expect(citationText(article)).toBe(
      "“Child abuse image crimes increase by 16%”, Greatest Hits Radio, published 2 March 2024.",
    );
    expect(citationText(article)).not.toContain("000_abc");
  });

  it("leaves out a publisher the article does not name, and a date it does not give", () => {
    expect(citationText({ ...article, published: undefined, publisher: "Not named in the article" })).toBe(
      "“Child abuse image crimes increase by 16%”.",
    );
  });

  it("cites a web page with the day it was checked", () => {
    expect(
      citationText({
        id: "w",
        kind: "web",
        publisher: "NSPCC",
        title: "Report Remove",
        url: "https://www.childline.org.uk/",
        checked: "2026-11-22",
        label: "Childline",
        facts: ["x"],
      }),
    ).toBe("“Report Remove”, NSPCC, checked 22 November 2026.");
  });
});
