import { getTranslations } from "next-intl/server";
import { quoteLesson, quoteText, stepDetail, type TDiagram } from "@/lib/course/figures-schema";
import { FIGURE_WIDTH, layoutRoutes, layoutSteps, ROUTE, STEP } from "@/lib/figures/layout";
import { FigureFrame } from "./figure-frame";

const PAD = 4;

/** A lesson's phrase standing as a line of its own starts with a capital ("if the IWF acts..." becomes "If..."). */
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Where the diagram's words come from: the lessons it quotes, by title. */
async function FromLessons({ ids, lessonTitles }: { ids: string[]; lessonTitles: Record<string, string> }) {
  const t = await getTranslations("Figures");
  const titles = [...new Set(ids)].map((id) => t("lessonTitle", { title: lessonTitles[id] ?? id }));
  return (
    <p className="text-sm text-slate-700" data-figure-source>
      {t("fromLessons", { count: titles.length, titles: titles.join(t("and")) })}
    </p>
  );
}

/** The drawing itself: hidden from screen readers, which get the text version under it; as wide as a phone. */
function DiagramSvg({ id, height, children }: { id: string; height: number; children: React.ReactNode }) {
  return (
    <svg
      viewBox={`0 0 ${FIGURE_WIDTH} ${height}`}
      aria-hidden="true"
      focusable="false"
      className="block h-auto w-full max-w-[24rem]"
      data-diagram-svg={id}
    >
      {children}
    </svg>
  );
}

async function StepsDiagram({ diagram }: { diagram: Extract<TDiagram, { kind: "steps" }> }) {
  const t = await getTranslations("Figures");
  const { boxes, note, height } = layoutSteps(diagram);
  const arrow = `${diagram.id}-arrow`;
  const width = FIGURE_WIDTH - 2 * PAD;
  return (
    <>
      <DiagramSvg id={diagram.id} height={height}>
        <defs>
          <marker id={arrow} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto">
            <path d="M0 0 L10 5 L0 10 z" className="fill-slate-700" />
          </marker>
        </defs>
        {boxes.map((box, i) => (
          <g key={box.n}>
            <rect
              x={PAD}
              y={box.y}
              width={width}
              height={box.height}
              rx="8"
              strokeWidth={box.urgent ? 3 : 1.5}
              className={box.urgent ? "fill-amber-50 stroke-amber-700" : "fill-brand-50 stroke-brand-700"}
            />
            <circle cx={PAD + 22} cy={box.y + 24} r="14" className={box.urgent ? "fill-amber-700" : "fill-brand-700"} />
            <text x={PAD + 22} y={box.y + 29} textAnchor="middle" fontSize="14" className="fill-white font-bold">
              {box.n}
            </text>
            {box.title.map((line, n) => (
              <text
                key={`t${n}`}
                x={PAD + STEP.inset}
                y={box.y + 14 + (n + 1) * STEP.titleLine - 5}
                fontSize={STEP.titleSize}
                className="fill-slate-900 font-semibold"
              >
                {line}
              </text>
            ))}
            {box.detail.map((line, n) => (
              <text
                key={`d${n}`}
                x={PAD + STEP.inset}
                y={box.y + 14 + box.title.length * STEP.titleLine + 4 + (n + 1) * STEP.detailLine - 5}
                fontSize={STEP.detailSize}
                className="fill-slate-800"
              >
                {line}
              </text>
            ))}
            {i < boxes.length - 1 ? (
              <line
                x1={FIGURE_WIDTH / 2}
                x2={FIGURE_WIDTH / 2}
                y1={box.y + box.height + 2}
                y2={box.y + box.height + STEP.arrow - 6}
                strokeWidth="2"
                className="stroke-slate-700"
                markerEnd={`url(#${arrow})`}
              />
            ) : null}
          </g>
        ))}
        {note ? (
          <g>
            <rect
              x={PAD}
              y={note.y}
              width={width}
              height={note.height}
              rx="8"
              strokeWidth="1.5"
              strokeDasharray="6 4"
              className="fill-white stroke-slate-700"
            />
            {[...note.title, ...note.text].map((line, n) => (
              <text
                key={n}
                x={PAD + 12}
                y={note.y + 14 + (n + 1) * STEP.detailLine - 5}
                fontSize={STEP.detailSize}
                className={n < note.title.length ? "fill-slate-900 font-semibold" : "fill-slate-800"}
              >
                {line}
              </text>
            ))}
          </g>
        ) : null}
      </DiagramSvg>
      <div className="text-sm" data-figure-words>
        <p className="font-semibold">{t("stepsInWords")}</p>
        <ol className="mt-1 list-decimal space-y-1 pl-6">
          {diagram.steps.map((s) => (
            <li key={s.title}>
              <span className="block font-semibold">{s.title}</span>
              {s.detail ? <span className="block">{stepDetail(s.detail)}</span> : null}
            </li>
          ))}
        </ol>
        {diagram.note ? (
          <p className="mt-2">
            <span className="font-semibold">{diagram.note.title}:</span> {diagram.note.text}
          </p>
        ) : null}
      </div>
    </>
  );
}

async function RoutesDiagram({ diagram }: { diagram: Extract<TDiagram, { kind: "routes" }> }) {
  const t = await getTranslations("Figures");
  const { cards, height } = layoutRoutes(diagram);
  const width = FIGURE_WIDTH - 2 * PAD;
  return (
    <>
      <DiagramSvg id={diagram.id} height={height}>
        {cards.map((card) => {
          let line = 0;
          const y = (n: number) => card.y + ROUTE.header + 10 + (n + 1) * ROUTE.line - 4;
          return (
            <g key={card.name}>
              <rect
                x={PAD}
                y={card.y}
                width={width}
                height={card.height}
                rx="8"
                strokeWidth={card.urgent ? 3 : 1.5}
                className={card.urgent ? "fill-amber-50 stroke-amber-700" : "fill-white stroke-brand-700"}
              />
              <path
                d={`M${PAD} ${card.y + ROUTE.header} V${card.y + 8} a8 8 0 0 1 8 -8 H${PAD + width - 8} a8 8 0 0 1 8 8 V${card.y + ROUTE.header} z`}
                className={card.urgent ? "fill-amber-700" : "fill-brand-700"}
              />
              <text x={PAD + 12} y={card.y + 19} fontSize={ROUTE.nameSize} className="fill-white font-bold">
                {card.name}
              </text>
              {card.when.map((text) => (
                <text
                  key={`w${line}`}
                  x={PAD + 12}
                  y={y(line++)}
                  fontSize={ROUTE.textSize}
                  className="fill-slate-900 font-semibold"
                >
                  {text}
                </text>
              ))}
              {card.how.map((item, i) =>
                item.map((text, n) => (
                  <text
                    key={`h${i}-${n}`}
                    x={PAD + 12 + (n === 0 ? 0 : 10)}
                    y={y(line++)}
                    fontSize={ROUTE.textSize}
                    className="fill-slate-800"
                  >
                    {n === 0 ? `• ${capitalise(text)}` : text}
                  </text>
                )),
              )}
            </g>
          );
        })}
      </DiagramSvg>
      <div className="text-sm" data-figure-words>
        <p className="font-semibold">{t("routesInWords")}</p>
        <ul className="mt-1 space-y-2">
          {diagram.routes.map((r) => (
            <li key={r.name}>
              <span className="font-semibold">{r.name}</span>
              <ul className="list-disc pl-6">
                <li>{t("routeFor", { when: r.when })}</li>
                {r.how.map(quoteText).map((h) => (
                  <li key={h}>{capitalise(h)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}

/**
 * A diagram of the course's own steps and routes (content/figures.yaml), drawn on the server as SVG for a phone's
 * width and for print. The drawing is hidden from screen readers; the same words are written out under it, for
 * everyone, with the lessons they come from.
 */
export function CourseDiagram({ diagram, lessonTitles }: { diagram: TDiagram; lessonTitles: Record<string, string> }) {
  const lessonIds =
    diagram.kind === "steps"
      ? [
          ...diagram.steps.flatMap((s) => [
            s.lesson,
            ...(Array.isArray(s.detail) ? s.detail.map((q) => quoteLesson(q, s.lesson)) : []),
          ]),
          ...(diagram.note ? [diagram.note.lesson] : []),
        ]
      : diagram.routes.flatMap((r) => [r.lesson, ...r.how.map((q) => quoteLesson(q, r.lesson))]);
  return (
    <FigureFrame id={diagram.id} kind="diagram" title={diagram.title} caption={diagram.caption}>
      {diagram.kind === "steps" ? <StepsDiagram diagram={diagram} /> : <RoutesDiagram diagram={diagram} />}
      <FromLessons ids={lessonIds} lessonTitles={lessonTitles} />
    </FigureFrame>
  );
}
