import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { startAppInstance, type TAppInstance } from "./app-instance";
import { E2E_DATABASE_URL } from "./env";
import { expect, test } from "./fixtures";
import { signInOverHttp } from "./http-client";
import { rightAnswersByQuestion } from "./quiz-helpers";

// Several instances behind a load balancer, on one PostgreSQL database: the e2e server is instance A, and this spec
// starts instance B from the same build on another port. Runs only on PostgreSQL (see playwright.config.ts).
const PORT_B = Number(process.env.E2E_PORT_B ?? 3302);
const B = `http://127.0.0.1:${PORT_B}`;

type TQuiz = { token: string; questions: { id: string; options: { id: string }[] }[] };

let instanceB: TAppInstance | undefined;

test.beforeAll(async () => {
  instanceB = await startAppInstance(PORT_B, E2E_DATABASE_URL);
});

test.afterAll(() => instanceB?.kill());

/** The same signed-in person, on another instance: the cookies a load balancer would pass along unchanged. */
async function sameSessionOn(baseURL: string, api: APIRequestContext): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL, storageState: await api.storageState() });
}

test("a session from one instance works on the other", async ({ newPerson, openLessons, course, baseURL }) => {
  const learner = await newPerson();
  await openLessons(learner.id, [course.modules[0]!.id]);
  const onA = await signInOverHttp(baseURL!, learner.email, learner.password);
  const onB = await sameSessionOn(B, onA);
  const page = await onB.get("/course", { maxRedirects: 0 });
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain(course.title);
  expect((await onB.get(`/api/modules/${course.modules[0]!.id}/quiz`)).status()).toBe(200);
  // Signed out everywhere: no session at all, on either instance.
  const anonymous = await playwrightRequest.newContext({ baseURL: B });
  expect((await anonymous.get(`/api/modules/${course.modules[0]!.id}/quiz`)).status()).toBe(401);
  await Promise.all([onA.dispose(), onB.dispose(), anonymous.dispose()]);
});

test("quiz submissions split across both instances record every attempt once and each completion once", async ({
  newPerson,
  newOrganisation,
  openLessons,
  course,
  db,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const org = await newOrganisation();
  const learners = await Promise.all(Array.from({ length: 16 }, () => newPerson("LEARNER", org.id)));
  for (const learner of learners) await openLessons(learner.id);
  const correct = rightAnswersByQuestion(course.modules);
  const acknowledged = new Map<string, Set<string>>();

  await Promise.all(
    learners.map(async (learner, n) => {
      const a = await signInOverHttp(baseURL!, learner.email, learner.password);
      const b = await sameSessionOn(B, a);
      const instances = n % 2 ? [a, b] : [b, a];
      const mine = new Set<string>();
      acknowledged.set(learner.id, mine);
      const quizFor = async (api: APIRequestContext, moduleId: string) => {
        const quiz = (await (await api.get(`/api/modules/${moduleId}/quiz`)).json()) as TQuiz;
        return {
          token: quiz.token,
          answers: Object.fromEntries(quiz.questions.map((q) => [q.id, correct.get(q.id)!])),
        };
      };
      const modules = course.modules;
      // All but the last two modules: the form from one instance, the same submission sent to both at once
      // (a retry that the load balancer sent elsewhere). One is stored; both answers name it.
      for (const m of modules.slice(0, -2)) {
        const submission = await quizFor(instances[0]!, m.id);
        const [first, second] = await Promise.all(
          instances.map((api) => api.post(`/api/modules/${m.id}/attempts`, { data: submission })),
        );
        const statuses = [first!.status(), second!.status()].sort();
        expect(statuses).toEqual([200, 201]);
        const ids = await Promise.all(
          [first!, second!].map(async (r) => ((await r.json()) as { attemptId: string }).attemptId),
        );
        expect(ids[0]).toBe(ids[1]);
        mine.add(ids[0]!);
      }
      // The last two modules passed at the same moment, one on each instance: the course is completed once.
      const lastTwo = await Promise.all(
        modules.slice(-2).map((m, i) => quizFor(instances[i]!, m.id).then((s) => ({ m, s, api: instances[i]! }))),
      );
      const results = await Promise.all(
        lastTwo.map(({ m, s, api }) => api.post(`/api/modules/${m.id}/attempts`, { data: s })),
      );
      for (const r of results) {
        expect(r.status(), await r.text()).toBe(201);
        mine.add(((await r.json()) as { attemptId: string }).attemptId);
      }
      await Promise.all([a.dispose(), b.dispose()]);
    }),
  );

  const ids = [...acknowledged.values()].flatMap((s) => [...s]);
  expect(ids).toHaveLength(learners.length * course.modules.length);
  const stored = await db.quizAttempt.findMany({
    where: { userId: { in: learners.map((l) => l.id) } },
    select: { id: true },
  });
  expect(stored.map((a) => a.id).sort()).toEqual([...ids].sort());
  for (const learner of learners) {
    expect(await db.completion.count({ where: { userId: learner.id } })).toBe(1);
    expect(await db.certificate.count({ where: { userId: learner.id } })).toBe(1);
    expect((await db.enrolment.findFirstOrThrow({ where: { userId: learner.id } })).modulesPassed).toBe(
      course.modules.length,
    );
  }
});

test("a completion recorded on one instance shows at once in the other's dashboard figures", async ({
  newPerson,
  newOrganisation,
  openLessons,
  course,
  baseURL,
}) => {
  const org = await newOrganisation();
  const [trainer, learner] = await Promise.all([newPerson("TRAINER", org.id), newPerson("LEARNER", org.id)]);
  await openLessons(learner.id);
  const trainerOnB = await signInOverHttp(B, trainer.email, trainer.password);
  const completedOnB = async () => {
    const html = await (await trainerOnB.get("/trainer")).text();
    return /data-testid="headline-completed"[^>]*>(\d+)</.exec(html)?.[1];
  };
  // B draws the figures and keeps them (for up to 30 s, while the organisation's figures version is unchanged).
  expect(await completedOnB()).toBe("0");
  const learnerOnA = await signInOverHttp(baseURL!, learner.email, learner.password);
  const correct = rightAnswersByQuestion(course.modules);
  for (const m of course.modules) {
    const quiz = (await (await learnerOnA.get(`/api/modules/${m.id}/quiz`)).json()) as TQuiz;
    const answers = Object.fromEntries(quiz.questions.map((q) => [q.id, correct.get(q.id)!]));
    expect(
      (await learnerOnA.post(`/api/modules/${m.id}/attempts`, { data: { token: quiz.token, answers } })).status(),
    ).toBe(201);
  }
  // The write on A moved the version in the database, so B draws the figures again rather than serving its own.
  expect(await completedOnB()).toBe("1");
  await Promise.all([trainerOnB.dispose(), learnerOnA.dispose()]);
});

test("the sign-in rate limit counts failures made on both instances", async ({ newPerson, baseURL }) => {
  const learner = await newPerson();
  const attempt = async (base: string, password: string) => {
    const api = await playwrightRequest.newContext({ baseURL: base });
    const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await api.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: learner.email, password, json: "true" },
      maxRedirects: 0,
    });
    const body = (await response.json()) as { url: string };
    await api.dispose();
    return new URL(body.url).searchParams.get("error");
  };
  // Five failures, alternating between the instances: neither saw more than three.
  for (let i = 0; i < 5; i++) expect(await attempt(i % 2 ? B : baseURL!, `wrong ${i}`)).toBe("CredentialsSignin");
  // Now the right password is refused on both.
  expect(await attempt(baseURL!, learner.password)).toBe("SIGN_IN_RATE_LIMITED");
  expect(await attempt(B, learner.password)).toBe("SIGN_IN_RATE_LIMITED");
});
