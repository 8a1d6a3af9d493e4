import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  // Interface text is translated on the server (getTranslations) and handed to client components as props: next-intl's
  // client side would send the message catalogue and an ICU runtime (~13 KB gzipped) to every page, past the
  // first-load JavaScript budget.
  {
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next-intl",
              importNames: ["useTranslations", "useFormatter", "useMessages", "NextIntlClientProvider"],
              message: "Translate in a server component (getTranslations) and pass the text as props.",
            },
            {
              name: "next-intl",
              importNames: ["createTranslator", "createFormatter"],
              message:
                "Import these from use-intl/core: next-intl's entry loads React, which fails outside Next under the react-server condition (npm run bench, scripts).",
            },
          ],
        },
      ],
    },
  },
  // No interface text written into a component: it comes from the message files (lib/i18n/messages), so that every
  // language has it. Text in attributes (aria-label, placeholder, a component's label prop) is not seen by this rule:
  // it goes through getTranslations too.
  {
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    rules: {
      "react/jsx-no-literals": [
        "error",
        {
          noStrings: true,
          ignoreProps: true,
          allowedStrings: ["·", "—", "–", ":", "(", ")", ",", ".", "/", "|", "×", "•", "…", "%", "→", "←", "*"],
        },
      ],
    },
  },
  // Playwright fixtures receive a callback named `use`; it is not React's hook.
  { files: ["e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  {
    ignores: [
      ".next/**",
      "generated/**",
      "node_modules/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
