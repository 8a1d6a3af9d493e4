import { request as playwrightRequest } from "@playwright/test";
import { inBatches } from "./batches";
import { expect, test } from "./fixtures";
import { payloadGenerator } from "./fuzz-payloads";
import { signInOverHttp } from "./http-client";
import { FUZZ_COUNT } from "./env";

const PER_ENDPOINT = FUZZ_COUNT;

test(`${FUZZ_COUNT} hostile payloads to each endpoint that takes input: never a 5xx, and nobody else's records change`, async ({
  newPerson,
  newOrganisation,
  course,
  db,
  baseURL,
}) => {
  test.setTimeout(600_000);
  const org = await newOrganisation(["Fuzz Group"]);
  const fuzzer = await newPerson("LEARNER", org.id);
  const admin = await newPerson("ADMIN", org.id);
  const bystander = await newPerson("LEARNER", org.id);
  const snapshot = async () =>
    JSON.stringify({
      users: await db.user.findMany({
        where: { id: { not: fuzzer.id } },
        orderBy: { id: "asc" },
        select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true },
      }),
      attempts: await db.quizAttempt.count({ where: { userId: { not: fuzzer.id } } }),
      views: await db.lessonView.aggregate({
        where: { userId: { not: fuzzer.id } },
        _sum: { secondsSpent: true },
        _count: true,
      }),
      certificates: await db.certificate.findMany({
        orderBy: { id: "asc" },
        select: { id: true, revokedAt: true, learnerName: true },
      }),
      enrolments: await db.enrolment.findMany({
        where: { userId: { not: fuzzer.id } },
        orderBy: { id: "asc" },
        select: { id: true, dueAt: true, validUntil: true },
      }),
    });
  const before = await snapshot();

  const learner = await signInOverHttp(baseURL!, fuzzer.email, fuzzer.password);
  const administrator = await signInOverHttp(baseURL!, admin.email, admin.password);
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const m = course.modules[0]!;
  // A real lesson view to aim at, recorded as the lesson page's script records it.
  const aim = await learner.post("/api/lesson-views", { data: { moduleId: m.id, lessonId: m.lessons[0]!.id } });
  expect(aim.status()).toBe(204);
  const { csrfToken } = (await (await anonymous.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const gen = payloadGenerator(20261122);
  // URLs cannot carry lone surrogates at all, so they are replaced; JSON bodies escape them instead.
  const q = (v: unknown) =>
    encodeURIComponent(
      (typeof v === "string" ? v : (JSON.stringify(v) ?? "")).slice(0, 3000).replace(/[\uD800-\uDFFF]/g, "\uFFFD"),
    );

  const failures: string[] = [];
  const check = async (label: string, send: () => Promise<{ status(): number; text(): Promise<string> }>) => {
    const response = await send();
    if (response.status() >= 500)
      failures.push(`${label}: ${response.status()} ${(await response.text()).slice(0, 200)}`);
  };
  const jsonBody = () => {
    const r = gen.random();
    if (r < 0.1) return gen.string(5000); // not JSON at all
    if (r < 0.5) return JSON.stringify(gen.value());
    const token = gen.random() < 0.5 ? gen.string(400) : `${crypto.randomUUID()}.${Date.now()}.${gen.string(43)}`;
    return JSON.stringify({
      token,
      answers: gen.random() < 0.5 ? gen.value() : { [m.quiz.questions[0]!.id]: [gen.string(20)] },
      seconds: gen.value(),
      moduleId: gen.pick([m.id, gen.string(50)]),
      lessonId: gen.pick([m.lessons[0]!.id, gen.string(50)]),
      extra: gen.value(),
    });
  };

  const endpoints: [string, (i: number) => Promise<void>][] = [
    [
      "POST attempts",
      () =>
        check("POST attempts", () =>
          learner.post(`/api/modules/${q(gen.pick([m.id, gen.string(60)])) || "x"}/attempts`, {
            headers: { "content-type": "application/json" },
            data: jsonBody(),
          }),
        ),
    ],
    [
      "POST lesson-time",
      () =>
        check("POST lesson-time", () =>
          learner.post("/api/lesson-time", { headers: { "content-type": "application/json" }, data: jsonBody() }),
        ),
    ],
    [
      "POST lesson-views",
      () =>
        check("POST lesson-views", () =>
          learner.post("/api/lesson-views", {
            headers: { "content-type": "application/json" },
            // Half in the expected shape, so hostile ids reach the lookup and the write, not only the schema.
            data:
              gen.random() < 0.5
                ? jsonBody()
                : JSON.stringify({
                    moduleId: gen.pick([m.id, gen.string(60)]),
                    lessonId: gen.pick([m.lessons[0]!.id, gen.value()]),
                  }),
          }),
        ),
    ],
    [
      "POST sign-in",
      () =>
        check("POST sign-in", () =>
          anonymous.post("/api/auth/callback/credentials", {
            // A different address each time: these are about bad input, not about the rate limit (tested elsewhere).
            headers: {
              "x-forwarded-for": `10.${(gen.random() * 255) | 0}.${(gen.random() * 255) | 0}.${(gen.random() * 255) | 0}`,
            },
            form: {
              csrfToken: gen.random() < 0.8 ? csrfToken : gen.string(100),
              email: gen.string(300),
              password: gen.string(300),
              json: "true",
            },
            maxRedirects: 0,
          }),
        ),
    ],
    ["GET quiz", () => check("GET quiz", () => learner.get(`/api/modules/${q(gen.value())}/quiz`))],
    ["GET verify", () => check("GET verify", () => anonymous.get(`/verify/${q(gen.string(200))}`))],
    [
      "GET verify form",
      () => check("GET verify form", () => anonymous.get(`/verify?number=${q(gen.value())}`, { maxRedirects: 0 })),
    ],
    [
      "GET login",
      () => check("GET login", () => anonymous.get(`/login?callbackUrl=${q(gen.value())}`, { maxRedirects: 0 })),
    ],
    [
      "GET lesson",
      () => check("GET lesson", () => learner.get(`/course/${q(gen.string(100))}/lessons/${q(gen.string(100))}`)),
    ],
    [
      "GET dashboard",
      () =>
        check("GET dashboard", () =>
          administrator.get(
            `/trainer?org=${q(gen.value())}&group=${q(gen.value())}&status=${q(gen.value())}&q=${q(gen.value())}&sort=${q(gen.value())}&dir=${q(gen.value())}&page=${q(gen.value())}`,
          ),
        ),
    ],
    [
      "GET export",
      () =>
        check("GET export", () =>
          administrator.get(
            `/trainer/export.csv?org=${q(gen.pick([org.id, gen.string(50)]))}&status=${q(gen.value())}&q=${q(gen.value())}`,
          ),
        ),
    ],
    [
      "GET certificates.pdf",
      () =>
        check("GET certificates.pdf", () =>
          administrator.get(
            `/trainer/certificates.pdf?userId=${q(gen.value())}&userId=${q(bystander.id)}&org=${q(gen.value())}`,
          ),
        ),
    ],
    [
      "GET people",
      () =>
        check("GET people", () =>
          administrator.get(`/admin/people?q=${q(gen.value())}&org=${q(gen.value())}&page=${q(gen.value())}`),
        ),
    ],
    [
      "GET admin certificates",
      () => check("GET admin certificates", () => administrator.get(`/admin/certificates?number=${q(gen.value())}`)),
    ],
  ];
  for (const [, run] of endpoints) await inBatches(PER_ENDPOINT, run);

  expect(failures.slice(0, 20), `${failures.length} answers were 5xx`).toEqual([]);
  expect(await snapshot()).toBe(before);
  for (const api of [learner, administrator, anonymous]) await api.dispose();
});
