// The organisations, groups and people of the benchmark: who exists, before anything they did.
import { ADMIN_EMAIL, BENCH_ORG_SLUG_PREFIX, SCALE } from "./config";
import type { TRandom } from "../lib/testing/random";

export type TOrganisation = {
  id: string;
  name: string;
  slug: string;
  groupIds: string[];
  groupNames: string[];
  trainerId: string;
};
export type TPerson = {
  id: string;
  organisationId: string;
  name: string;
  email: string;
  role: "LEARNER" | "TRAINER" | "ADMIN";
  groupIds: string[];
};

const FIRST = [
  "Amelia",
  "Olivia",
  "Isla",
  "Ava",
  "Mia",
  "Ivy",
  "Lily",
  "Isabella",
  "Rosie",
  "Sophia",
  "Grace",
  "Freya",
  "Priya",
  "Aisha",
  "Zofia",
  "Siân",
  "Niamh",
  "Chloé",
  "Oliver",
  "George",
  "Noah",
  "Arthur",
  "Leo",
  "Oscar",
  "Harry",
  "Jack",
  "Muhammad",
  "Tomasz",
  "Dylan",
  "Rhys",
  "Kwame",
  "Jamal",
  "Ciarán",
  "Mateus",
  "Yusuf",
  "Ethan",
];
const LAST = [
  "Smith",
  "Jones",
  "Williams",
  "Taylor",
  "Brown",
  "Davies",
  "Evans",
  "Wilson",
  "Thomas",
  "Johnson",
  "Roberts",
  "Robinson",
  "Thompson",
  "Wright",
  "Walker",
  "White",
  "Edwards",
  "Hughes",
  "Green",
  "Hall",
  "Lewis",
  "Harris",
  "Clarke",
  "Patel",
  "Khan",
  "Begum",
  "Nowak",
  "O'Brien",
  "Okafor",
  "Mensah",
  "Kowalski",
  "Ahmed",
  "Müller",
  "Ó Súilleabháin",
  "Llewellyn",
  "Fernandes",
];
const KINDS = [
  "Primary School",
  "Academy",
  "Nursery",
  "Youth Club",
  "Football Club",
  "Care Home",
  "Swimming Club",
  "High School",
  "Sixth Form College",
  "Scout Group",
];
const TOWNS = [
  "Ashby",
  "Bramley",
  "Carrow",
  "Dunmore",
  "Elmstead",
  "Fairhaven",
  "Glenside",
  "Hartwell",
  "Ivybridge",
  "Kingsmead",
];

/** How many learners each organisation has: the first 5,000, the rest share what is left evenly. */
export function learnersPerOrganisation(): number[] {
  const rest = SCALE.learners - SCALE.bigOrganisationLearners;
  const others = SCALE.organisations - 1;
  return [
    SCALE.bigOrganisationLearners,
    ...Array.from({ length: others }, (_, i) => Math.floor(rest / others) + (i < rest % others ? 1 : 0)),
  ];
}

export function planPeople(
  random: TRandom,
  newId: () => string,
): { organisations: TOrganisation[]; people: TPerson[] } {
  const organisations: TOrganisation[] = [];
  const people: TPerson[] = [];
  learnersPerOrganisation().forEach((count, o) => {
    const slug = `${BENCH_ORG_SLUG_PREFIX}${String(o).padStart(2, "0")}`;
    const name =
      o === 0
        ? "Kingsmead Multi-Academy Trust"
        : `${TOWNS[o % TOWNS.length]} ${KINDS[Math.floor(o / TOWNS.length) % KINDS.length]} ${o}`;
    // A big organisation has sites; a small one a few teams.
    const groupNames =
      o === 0
        ? Array.from({ length: 12 }, (_, i) => `Site ${String(i + 1).padStart(2, "0")}`)
        : ["Early Years", "Key Stage 1", "Key Stage 2", "Support staff"];
    const org: TOrganisation = {
      id: newId(),
      name,
      slug,
      groupIds: groupNames.map(() => newId()),
      groupNames,
      trainerId: newId(),
    };
    organisations.push(org);
    people.push({
      id: org.trainerId,
      organisationId: org.id,
      name: `Trainer ${o}`,
      email: `trainer@${slug}.bench.example`,
      role: "TRAINER",
      groupIds: [],
    });
    for (let i = 0; i < count; i++) {
      const first = random.pick(FIRST);
      const last = random.pick(LAST);
      const groups = [random.pick(org.groupIds)];
      const second = random.pick(org.groupIds);
      // Some people work across two teams or sites.
      if (random.chance(0.15) && second !== groups[0]) groups.push(second);
      const local = `${first}.${last}`
        .toLowerCase()
        .normalize("NFKD")
        .replace(/[^a-z.]/g, "");
      people.push({
        id: newId(),
        organisationId: org.id,
        name: `${first} ${last}`,
        email: `${local}.${i}@${slug}.bench.example`,
        role: "LEARNER",
        groupIds: groups,
      });
    }
  });
  const home = organisations[1] ?? organisations[0];
  if (!home) throw new Error("no organisations planned");
  people.push({
    id: newId(),
    organisationId: home.id,
    name: "Benchmark Administrator",
    email: ADMIN_EMAIL,
    role: "ADMIN",
    groupIds: [],
  });
  return { organisations, people };
}
