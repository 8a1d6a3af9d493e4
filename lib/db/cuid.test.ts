import { describe, expect, it } from "vitest";
import { ZRecordId } from "../actions/ids";
import { createId } from "./cuid";

describe("createId", () => {
  it("makes ids of Prisma's cuid shape that forms accept as record ids", () => {
    const id = createId();
    expect(id).toMatch(/^c[a-z0-9]{24}$/);
    expect(ZRecordId.safeParse(id).success).toBe(true);
  });

  it("never repeats, and later ids sort after earlier ones", () => {
    const ids = Array.from({ length: 20_000 }, () => createId());
    expect(new Set(ids).size).toBe(ids.length);
    const later = createId();
    expect(ids.every((id) => id.slice(0, 13) <= later.slice(0, 13))).toBe(true);
  });
});
