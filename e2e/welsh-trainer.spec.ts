import { calendarDayOf, dueAtFor } from "../lib/dates/calendar-day";
import { formatCalendarMonth, formatDate, formatShortDate } from "../lib/format/dates";
import { certify } from "../lib/testing/certify";
import { expect, test } from "./fixtures";

// Welsh Language Standards: a trainer who reads Welsh has the whole trainer area in Welsh, with Welsh month names on
// the charts and counts in the Welsh plural form that fits the number (2 → "2 berson", "2 ddiwrnod").

const DAY = 24 * 60 * 60 * 1000;
const cy = { locale: "cy" };

test("a trainer who reads Welsh has the dashboard, a learner's record, invite, import, assign, contacts and question analysis in Welsh", async ({
  page,
  db,
  course,
  newPerson,
  newOrganisation,
  signIn,
  lookInWelsh,
}) => {
  // Each screen: in Welsh, with the trainer's task navigation, accessible, and kept as a screenshot.
  const seeWelsh = async (name: string) => {
    await expect(page.getByRole("navigation", { name: "Tasgau hyfforddwr" })).toBeVisible();
    await lookInWelsh(page, name);
  };
  test.setTimeout(120_000);
  const now = new Date();
  const org = await newOrganisation(["Dosbarth Derbyn", "Blwyddyn 1"]);
  const [derbyn, blwyddyn1] = org.groups as [{ id: string; name: string }, { id: string; name: string }];
  // Due three days ago, so two whole days overdue: "2 ddiwrnod yn hwyr" (Welsh's dual form).
  const late = await newPerson("LEARNER", org.id, [derbyn.id]);
  const lateDay = calendarDayOf(new Date(now.getTime() - 3 * DAY));
  await db.enrolment.update({
    where: { userId_courseId: { userId: late.id, courseId: course.id } },
    data: { dueAt: dueAtFor(lateDay) },
  });
  // Certified 300 days ago: their certificate runs out in about two months, a bar on a Welsh month.
  const certified = await newPerson("LEARNER", org.id, [blwyddyn1.id]);
  await certify(db, {
    userId: certified.id,
    course,
    number: `SG-CY${Date.now().toString(36).slice(-6).toUpperCase()}`,
    learnerName: certified.name,
    organisationName: org.name,
    completedAt: new Date(now.getTime() - 300 * DAY),
    enrolment: true,
  });
  const trainer = await newPerson("TRAINER", org.id);
  await db.user.update({ where: { id: trainer.id }, data: { language: "cy" } });
  await signIn(page, trainer);

  // The dashboard: headings, the count in the dual form, the figures, the filters and the table.
  await page.goto(`/trainer?org=${org.id}`);
  await expect(page.getByRole("heading", { level: 1, name: `Cydymffurfiaeth: ${org.name}` })).toBeVisible();
  await expect(page.getByText(`${course.title} · 2 berson`)).toBeVisible();
  await expect(page.getByTestId("learner-count")).toHaveText("2 berson yn cyfateb");
  await expect(page.getByRole("region", { name: "Ffigurau allweddol" })).toContainText("Cyfradd cwblhau");
  await expect(page.getByTestId("headline-expiring-note")).toHaveText(
    "a dim un ohonynt yn dod i ben o fewn 30 diwrnod",
  );
  const filters = page.getByRole("form", { name: "Hidlo dysgwyr" });
  await expect(filters.getByLabel("Grŵp")).toContainText("Pob grŵp");
  await expect(filters.getByLabel("Statws").locator("option", { hasText: "Yn hwyr" })).toHaveCount(1);
  await expect(filters.getByRole("button", { name: "Hidlo" })).toBeVisible();
  await expect(filters.getByRole("link", { name: "Allforio CSV" })).toBeVisible();
  const table = page.getByRole("table", { name: "Dysgwyr" });
  for (const header of ["Enw", "Statws", "Modiwlau", "Gweithgarwch diwethaf", "Sgôr", "Yn ddilys tan", "Dyddiad cau"])
    await expect(table.getByRole("columnheader", { name: header })).toBeVisible();
  const lateRow = table.getByTestId("learner-row").filter({ hasText: late.name });
  await expect(lateRow.getByTestId("days-overdue")).toHaveText("2 ddiwrnod yn hwyr");
  await expect(lateRow).toContainText("Yn hwyr");
  await expect(lateRow).toContainText(formatShortDate(dueAtFor(lateDay), cy));
  await expect(lateRow.locator("[title^='1. ']")).toHaveAttribute("title", /: heb roi cynnig$/);

  // The selection's buttons wait for a tick, say so in Welsh, and then count who is ticked.
  await expect(
    page.getByText("Ticiwch bobl i anfon nodyn atgoffa atynt neu i lwytho eu tystysgrifau i lawr."),
  ).toBeVisible();
  const remind = page.getByRole("button", { name: /^Anfon nodyn atgoffa at y bobl a ddewiswyd/ });
  await expect(remind).toBeDisabled();
  await page.getByRole("checkbox", { name: `Dewis ${late.name}` }).check();
  await expect(remind).toHaveText("Anfon nodyn atgoffa at y bobl a ddewiswyd (1 wedi'u dewis)");
  await expect(page.getByText("Does gan neb o'r bobl a diciwyd dystysgrif i'w llwytho i lawr eto.")).toBeVisible();
  await page.getByRole("checkbox", { name: `Dewis ${late.name}` }).uncheck();

  // The charts: Welsh month names in the months ahead, the key in Welsh, and the completion line's words.
  await expect(page.getByRole("heading", { name: "Y misoedd i ddod" })).toBeVisible();
  const months = page.getByRole("table", { name: /^Y misoedd i ddod/ });
  const thisMonth = calendarDayOf(now).slice(0, 7);
  await expect(months.locator("tbody th").first()).toHaveText(formatCalendarMonth(thisMonth, cy));
  const runOut = formatCalendarMonth(calendarDayOf(new Date(now.getTime() + 65 * DAY)).slice(0, 7), cy);
  const runOutRow = months.locator("tbody tr").filter({ has: page.locator("th", { hasText: runOut }) });
  await expect(runOutRow.locator("td").nth(1)).toHaveText("1");
  await expect(months.locator("thead")).toContainText("Tystysgrifau'n dod i ben");
  await expect(page.locator('[data-chart="months-ahead"] .chart-axis-label').first()).toHaveText(
    formatCalendarMonth(thisMonth, { ...cy, short: true }),
  );
  await expect(page.getByRole("list", { name: "Allwedd" }).first()).toContainText(
    "Yn mynd yn hwyr oni bai eu bod yn cwblhau (barrau solet)",
  );
  await expect(page.getByRole("heading", { name: "Cwblhau dros amser" })).toBeVisible();
  await expect(page.getByText(`2 berson; dyddiad cau ${formatDate(dueAtFor(lateDay), cy)}.`).first()).toBeVisible();
  const coverage = page.getByRole("table", { name: /^Cwblhau dros amser, pawb y gallwch eu gweld/ });
  await expect(coverage.locator("tbody th").last()).toHaveText(/\d+ \p{L}+ \d{4}/u);
  await expect(coverage).toContainText(formatDate(now, cy));
  await expect(page.locator('[data-chart="coverage-0"] [data-marker="Heddiw"]')).toHaveCount(1);
  await expect(page.getByRole("heading", { name: `Grŵp: ${derbyn.name}` })).toBeVisible();
  await seeWelsh("welsh-trainer-dashboard");

  // The CSV export is in the trainer's language too, headings included.
  const csv = (await (await page.request.get(`/trainer/export.csv?org=${org.id}`)).text()).replace(/^\uFEFF/, "");
  expect(csv.split(/\r?\n/)[0]).toMatch(/^Enw,E-bost,Grwpiau,Statws,Modiwlau wedi'u pasio,/);
  expect(csv).toContain(`${late.name},${late.email},${derbyn.name},Yn hwyr,0 o `);
  expect(csv).toContain(formatDate(dueAtFor(lateDay), cy));

  // A learner's record.
  await page.goto(`/trainer/learners/${late.id}?org=${org.id}`);
  await expect(page.getByRole("heading", { level: 1, name: late.name })).toBeVisible();
  await expect(page.getByText(`Dyddiad cau ${formatDate(dueAtFor(lateDay), cy)} · yn ddilys tan –`)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Nodiadau atgoffa a dyddiad cau" })).toBeVisible();
  await expect(page.getByRole("button", { name: `Atgoffa ${late.name}` })).toBeVisible();
  await expect(page.getByLabel("Dyddiad cau newydd")).toBeVisible();
  await expect(page.getByRole("table", { name: "Sut mae pob modiwl yn sefyll yn eu cylch presennol" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ymgeisiau cwis (0)" })).toBeVisible();
  await seeWelsh("welsh-trainer-learner");
  // A completion's renewal policy, kept as the English words it was issued with, is read back and worded in Welsh.
  await page.goto(`/trainer/learners/${certified.id}?org=${org.id}`);
  await expect(page.getByRole("cell", { name: "Adnewyddu bob 12 mis o'r dyddiad cwblhau", exact: true })).toBeVisible();

  // Invite.
  await page.goto(`/trainer/invite?org=${org.id}`);
  await expect(page.getByRole("heading", { level: 1, name: `Gwahodd rhywun i ${org.name}` })).toBeVisible();
  await expect(page.getByLabel("Enw", { exact: true })).toBeVisible();
  await expect(page.getByRole("group", { name: "Grwpiau" }).getByLabel(derbyn.name)).toBeVisible();
  await expect(page.getByRole("button", { name: "Anfon gwahoddiad" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Gwahoddiadau heb eu derbyn eto" })).toBeVisible();
  await seeWelsh("welsh-trainer-invite");

  // Import: the page, then a file checked, its preview's counts and button filled in in Welsh.
  await page.goto(`/trainer/import?org=${org.id}`);
  await expect(page.getByRole("heading", { level: 1, name: `Mewnforio pobl i ${org.name}` })).toBeVisible();
  await expect(page.getByRole("link", { name: "Llwytho templed rhestr staff i lawr (CSV)" })).toBeVisible();
  // A row that cannot be imported says why in Welsh.
  await page.getByLabel("Ffeil CSV").setInputFiles({
    name: "staff.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("name,email\nNia Newydd,nid-cyfeiriad\n"),
  });
  await page.getByRole("button", { name: "Gwirio'r ffeil" }).click();
  await expect(page.getByRole("table", { name: "Rhesi a wrthodwyd" })).toContainText(
    'Nid yw "nid-cyfeiriad" yn gyfeiriad e-bost dilys.',
  );
  await page.getByLabel("Ffeil CSV").setInputFiles({
    name: "staff.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      `name,email,group,due date\nNia Newydd,nia-${Date.now()}@e2e.example,${derbyn.name},2027-03-31\n`,
    ),
  });
  await page.getByRole("button", { name: "Gwirio'r ffeil" }).click();
  const preview = page.getByTestId("import-preview");
  await expect(preview.getByRole("heading", { name: "Rhagolwg: does dim wedi'i fewnforio eto" })).toBeVisible();
  await expect(preview).toContainText("1 i'w creu, 0 i'w diweddaru, 0 wedi'u gwrthod.");
  await expect(preview.getByRole("table", { name: "Pobl newydd" }).getByRole("cell", { name: "Creu" })).toBeVisible();
  await expect(preview.getByRole("button", { name: "Mewnforio 1 o bobl" })).toBeVisible();
  await seeWelsh("welsh-trainer-import");

  // Assign.
  await page.goto(`/trainer/assign?org=${org.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Neilltuo'r cwrs" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Pwy" }).getByRole("radio", { name: "Grŵp penodol" })).toBeChecked();
  await expect(page.getByLabel(`Pawb rwy'n eu rheoli yn ${org.name}`)).toBeVisible();
  await expect(page.getByLabel("Dyddiad cau")).toBeVisible();
  await expect(page.getByRole("button", { name: "Neilltuo" })).toBeVisible();
  await seeWelsh("welsh-trainer-assign");
  // Sent without a due date (as a browser that does not check required fields would): the server says so in Welsh.
  await page.getByLabel("Dyddiad cau").evaluate((input) => input.removeAttribute("required"));
  await page.getByRole("button", { name: "Neilltuo" }).click();
  await expect(page.getByText("Dewiswch ddyddiad cau.")).toBeVisible();
  await expect(page.getByText("Gwiriwch y ffurflen a rhowch gynnig arall arni.")).toBeVisible();

  // Safeguarding contacts.
  await page.goto(`/trainer/contacts?org=${org.id}`);
  await expect(page.getByRole("heading", { level: 1, name: `Cysylltiadau diogelu: ${org.name}` })).toBeVisible();
  await expect(page.getByTestId("contacts-reviewed")).toHaveText(/^Heb eu hadolygu eto\./);
  const role = page.getByLabel("Cyswllt 1: rôl");
  await expect(role.locator("option:checked")).toHaveText("Person diogelu dynodedig (PDD)");
  await expect(page.getByRole("button", { name: "Tynnu cyswllt 1" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Cadw'r cysylltiadau" }).last()).toBeVisible();
  await seeWelsh("welsh-trainer-contacts");

  // What staff get wrong.
  await page.goto(`/trainer/questions?org=${org.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Beth mae staff yn ei gael yn anghywir" })).toBeVisible();
  await expect(page.getByText(`Sut yr atebodd pobl yn ${org.name} bob cwestiwn cwis`)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Y cwestiynau y mae staff yn eu cael anoddaf" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Cwestiwn" }).first()).toBeVisible();
  await expect(page.getByLabel("Grŵp")).toContainText("Y sefydliad cyfan");
  await seeWelsh("welsh-trainer-questions");
});
