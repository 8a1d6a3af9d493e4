import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../testing/test-database";
import { DEFAULT_READING_SETTINGS, type TReadingSettings } from "./settings";

// A real database (SQLite, or PostgreSQL with TEST_DATABASE_URL): the scoping is a property of the queries.
const database = testDatabase("reading-settings");

type TActor = import("../auth/current-user").TActor;
let store: typeof import("./store");
let lee: TActor;
let olive: TActor;

const CHOSEN: TReadingSettings = { textSize: "LARGER", lineSpacing: "LOOSE", font: "DYSLEXIC", contrast: "HIGH" };

beforeAll(async () => {
  await database.migrate();
  const [{ db }, reading] = await Promise.all([import("../db/client"), import("./store")]);
  store = reading;
  const org = await db.organisation.create({ data: { name: "Reading School", slug: "reading-school" } });
  const make = async (email: string, name: string): Promise<TActor> => {
    const user = await db.user.create({
      data: { email, name, searchName: name.toLowerCase(), organisationId: org.id },
    });
    return { id: user.id, name, email, role: "LEARNER", organisationId: org.id };
  };
  lee = await make("lee@reading.example", "Lee Learner");
  olive = await make("olive@reading.example", "Olive Other");
});

afterAll(() => database.drop());

describe("a person's reading settings", () => {
  it("start as the defaults", async () => {
    expect(await store.getOwnReadingSettings(lee)).toEqual(DEFAULT_READING_SETTINGS);
  });

  it("are saved for the person who chose them, and for no one else", async () => {
    expect(await store.saveOwnReadingSettings(lee, CHOSEN)).toEqual(CHOSEN);
    expect(await store.getOwnReadingSettings(lee)).toEqual(CHOSEN);
    expect(await store.getOwnReadingSettings(olive)).toEqual(DEFAULT_READING_SETTINGS);
  });

  it("refuse a value that is not one of the options, and keep what was saved", async () => {
    await expect(
      store.saveOwnReadingSettings(olive, { ...CHOSEN, textSize: "HUGE" } as unknown as TReadingSettings),
    ).rejects.toThrow(/FIELD_READING_TEXT_SIZE/);
    expect(await store.getOwnReadingSettings(olive)).toEqual(DEFAULT_READING_SETTINGS);
  });

  it("can be put back to the defaults", async () => {
    expect(await store.saveOwnReadingSettings(lee, DEFAULT_READING_SETTINGS)).toEqual(DEFAULT_READING_SETTINGS);
    expect(await store.getOwnReadingSettings(lee)).toEqual(DEFAULT_READING_SETTINGS);
  });
});
