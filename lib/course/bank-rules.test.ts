import { describe, expect, it } from "vitest";
import {
  bankProblems,
  banksOf,
  courseBankProblems,
  isFigureRecall,
  nearDuplicateProblems,
  similarity,
  type TBank,
} from "./bank-rules";
import { loadCourse } from "./load";
import type { TQuestion } from "./types";

// A bank that meets every rule; each test plants one bad question in it and expects the rule to catch it.
const situations = [
  "a pupil shows you a message from an adult asking for photos",
  "a parent emails about a stranger contacting their son through a game",
  "a colleague jokes that sharing nudes is just what teenagers do",
  "a child at football training says an older player keeps messaging her",
  "you find an image of a child on a shared tablet at the nursery",
  "a foster carer says a young person has been crying after using her phone",
  "a scout leader notices a member has a new expensive gift from an online friend",
  "a youth worker hears two boys laughing about a picture of a classmate",
  "a girl in the library says someone is threatening to post her picture",
  "a teaching assistant is asked by a pupil to keep a secret about an online chat",
  "a care worker sees a resident being asked to move to a private app",
  "a coach receives a message from a parent worried about a team group chat",
];

const actions = [
  "Tell the designated safeguarding lead",
  "Record what was said in their words",
  "Reassure them it is not their fault",
  "Keep the device as it is, unopened",
  "Phone 999 because the danger is now",
  "Explain you must pass it on to help",
  "Contact CEOP with the DSL's agreement",
  "Suggest Report Remove to the child",
  "Listen without asking leading questions",
  "Raise it with the manager on duty",
  "Follow the whistleblowing procedure",
  "Give the child Childline's number",
];
const wrongs = [
  [
    "Ask the child to show you the message on their phone",
    "Wait to see whether it happens again",
    "Speak to the adult and warn them off",
  ],
  [
    "Delete the picture from the tablet so no one else sees",
    "Forward it to your own phone as proof",
    "Post a warning in the parents' group",
  ],
  [
    "Promise you will tell nobody at all unless they agree",
    "Tell the child off for replying to it",
    "Ring the other family to sort it out",
  ],
];
function single(
  id: string,
  situation: string,
  outcome: number,
  right = actions[(Number(id.slice(1)) - 1) % actions.length]!,
  wrong = wrongs[Number(id.slice(1)) % 3]!,
): TQuestion {
  return {
    id,
    type: "single",
    prompt: `${situation[0]!.toUpperCase()}${situation.slice(1)}.`,
    lessonId: "l",
    outcome,
    explanation: "E",
    sourceIds: [],
    options: [
      { id: "a", text: right, correct: true },
      ...wrong.map((text, i) => ({ id: String.fromCharCode(98 + i), text, correct: false })),
    ],
  };
}
function trueFalse(id: string, answer: boolean, prompt: string): TQuestion {
  return {
    id,
    type: "truefalse",
    prompt,
    lessonId: "l",
    outcome: 2,
    explanation: "E",
    sourceIds: [],
    options: [
      { id: "true", text: "True", correct: answer },
      { id: "false", text: "False", correct: !answer },
    ],
  };
}
function selectAll(id: string, options: [string, boolean][]): TQuestion {
  return {
    id,
    type: "multiple",
    prompt: "Select all that apply: which of these should you do when a pupil tells you about a threat online?",
    lessonId: "l",
    outcome: 1,
    explanation: "E",
    sourceIds: [],
    options: options.map(([text, correct], i) => ({ id: String.fromCharCode(97 + i), text, correct })),
  };
}

function goodQuestions(): TQuestion[] {
  return [
    // Right options of mixed length: the longest in only some of the singles.
    ...situations.map((s, i) =>
      single(`q${i + 1}`, s, (i % 2) + 1, i % 3 === 0 ? `${actions[i]!} at once, in person` : undefined),
    ),
    trueFalse("q13", true, "Offenders often move children from public platforms to private, encrypted ones."),
    trueFalse("q14", false, "You should look at an image a pupil reports so that you can describe it accurately."),
    selectAll("q15", [
      ["Listen and stay calm", true],
      ["Tell the DSL straight away", true],
      ["Promise to keep it between the two of you", false],
      ["Ask them to forward you the messages", false],
    ]),
  ];
}
const bank = (questions: TQuestion[] = goodQuestions(), draw = 8): TBank => ({
  moduleId: "m",
  file: "m/quiz.yaml",
  outcomeCount: 2,
  quiz: { id: "m-quiz", draw, questions },
});
const messages = (b: TBank) =>
  bankProblems(b)
    .map((p) => p.message)
    .join("\n");

describe("question bank rules", () => {
  it("accept a bank that meets them all", () => {
    expect(bankProblems(bank())).toEqual([]);
    expect(nearDuplicateProblems([bank()])).toEqual([]);
  });

  it("need a bank big enough for a fresh draw, with every outcome asked more than one way", () => {
    expect(messages(bank(goodQuestions().slice(0, 13)))).toMatch(/has 13 questions; drawing 8 needs at least 14/);
    expect(messages(bank(goodQuestions(), 14))).toMatch(/drawing 14 needs at least 24/);
    expect(messages(bank(goodQuestions(), 4))).toMatch(/at least 8 questions/);
    expect(messages(bank(goodQuestions().slice(0, 13), 4))).toMatch(/has 13 questions; drawing 4 needs at least 14/);
    expect(messages({ ...bank(), outcomeCount: 3 })).toMatch(/learning outcome 3 has 0 questions/);
  });

  it("refuse right options that give themselves away by length", () => {
    const questions = goodQuestions();
    questions[1] = single(
      "q2",
      situations[1]!,
      2,
      "Tell the designated safeguarding lead today, write down what you saw and heard in the child's words, and keep any device as it is",
    );
    expect(messages(bank(questions))).toMatch(
      /question "q2": right option "a" is \d+ characters, more than 1.5 times the longest wrong option/,
    );

    const allLongest = goodQuestions().map((q) =>
      q.type === "single"
        ? {
            ...q,
            options: q.options.map((o) =>
              o.correct ? { ...o, text: `${o.text}, in person` } : { ...o, text: o.text.slice(0, 30) },
            ),
          }
        : q,
    );
    expect(messages(bank(allLongest))).toMatch(
      /the right option is the longest in 12 of 12 single-answer questions \(100%; at most 40%\)/,
    );
  });

  it("keep true/false answers balanced", () => {
    const questions = goodQuestions();
    questions[12] = trueFalse("q13", false, "Offenders only contact children on platforms meant for adults.");
    expect(messages(bank(questions))).toMatch(/0 of 2 true\/false answers are "true"/);
  });

  it("need two real wrong options in a select-all question, and no catch-alls", () => {
    const questions = goodQuestions();
    questions[14] = selectAll("q15", [
      ["Listen and stay calm", true],
      ["Tell the DSL straight away", true],
      ["Beat them in an online game", false],
    ]);
    expect(messages(bank(questions))).toMatch(
      /question "q15": a "select all" question needs at least two wrong options/,
    );
    questions[14] = selectAll("q15", [
      ["Listen and stay calm", true],
      ["Ask them to forward you the messages", false],
      ["Promise to keep it secret", false],
      ["All of the above", false],
    ]);
    expect(messages(bank(questions))).toMatch(/option "d" is a catch-all \("All of the above"\)/);
  });

  it("allow at most two questions recalling a figure", () => {
    const recall = (q: TQuestion) => ({
      ...q,
      options: q.options.map((o) => (o.correct ? { ...o, text: "38,685, which is over 100 a day" } : o)),
    });
    const questions = goodQuestions();
    questions[0] = recall(questions[0]!);
    questions[1] = recall(questions[1]!);
    expect(messages(bank(questions))).not.toMatch(/recall a figure/);
    questions[2] = { ...questions[2]!, prompt: "How many offences did police record last year?" };
    expect(messages(bank(questions))).toMatch(/3 questions ask to recall a figure \(q1, q2, q3\); at most 2/);
  });

  it("count a figure in a right option or a prompt asking for one as recall, not a helpline number", () => {
    expect(isFigureRecall(single("x", "y", 1, "Half of them"))).toBe(true);
    expect(isFigureRecall(single("x", "y", 1, "Call Childline on 0800 1111 or 999 in an emergency"))).toBe(false);
    expect(isFigureRecall({ ...single("x", "y", 1), prompt: "What share of offences involved Snapchat?" })).toBe(true);
  });

  it("find the same question asked again in another module, however lightly reworded", () => {
    const other: TBank = {
      moduleId: "n",
      file: "n/quiz.yaml",
      outcomeCount: 1,
      quiz: {
        id: "n-quiz",
        draw: 8,
        questions: [
          { ...single("n1", situations[3]!, 1), prompt: `At your club, ${situations[3]}: what should you do next?` },
        ],
      },
    };
    const problems = nearDuplicateProblems([bank(), other]);
    expect(problems.map((p) => p.message).join("\n")).toMatch(
      /question "q4" and question "n1" \(n\/quiz.yaml\) are near-duplicates/,
    );
    expect(similarity("Tell the DSL", "Ring the police")).toBe(0);
  });

  it("hold for the course as written", () => {
    const { course } = loadCourse(undefined, null);
    expect(courseBankProblems(banksOf(course!))).toEqual([]);
  });
});
