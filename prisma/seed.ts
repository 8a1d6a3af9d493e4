// Demo data: one organisation with a learner, a trainer and an administrator.
// Seeds only an empty database, and never in production unless SEED_DEMO=1 asks for it.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { hashPassword } from "../lib/auth/password";
import { loadCourse } from "../lib/course/load";

export const DEMO_PASSWORD = "safeguarding-demo";
export const DEMO_USERS = [
  { email: "learner@demo.example", name: "Sam Learner", role: "LEARNER" },
  { email: "trainer@demo.example", name: "Taylor Trainer", role: "TRAINER" },
  { email: "admin@demo.example", name: "Alex Administrator", role: "ADMIN" },
] as const;

export async function seedDemo(databaseUrl: string): Promise<"seeded" | "skipped"> {
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl }) });
  try {
    if ((await db.user.count()) > 0) return "skipped";
    const course = loadCourse(undefined, null).course;
    if (!course) throw new Error("content/ is invalid: run npm run content:check");
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const organisation = await db.organisation.create({
      data: {
        name: "Oakfield Primary School (demo)",
        slug: "oakfield-demo",
        users: { create: DEMO_USERS.map((u) => ({ ...u, searchName: u.name.toLowerCase(), passwordHash })) },
        groups: { create: [{ name: "Early Years" }, { name: "Key Stage 1" }, { name: "Key Stage 2" }] },
      },
      select: { id: true, users: { select: { id: true } } },
    });
    // Every person has an enrolment row: it is what the compliance dashboard counts.
    await db.enrolment.createMany({
      data: organisation.users.map((u) => ({ userId: u.id, organisationId: organisation.id, courseId: course.id })),
    });
    return "seeded";
  } finally {
    await db.$disconnect();
  }
}

// Run directly (npm run db:seed / prisma db seed).
if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.env.NODE_ENV === "production" && process.env.SEED_DEMO !== "1") {
    console.log("Not seeding demo data in production (set SEED_DEMO=1 to force).");
  } else {
    const result = await seedDemo(process.env.DATABASE_URL ?? "file:./data/app.db");
    console.log(result === "seeded" ? "Seeded the demo organisation and users." : "Database already has users: demo data not seeded.");
  }
}
