import localFont from "next/font/local";

/**
 * OpenDyslexic (SIL Open Font License 1.1), shipped in the @fontsource/opendyslexic package and served by this app:
 * nothing is fetched from elsewhere. Its class only defines --font-dyslexic; app/styles/reading.css sets text in it
 * for those who chose it. Not preloaded: browsers download a font only when text is set in it, so people who did
 * not choose it never fetch these files.
 */
export const dyslexicFont = localFont({
  src: [
    { path: "../../node_modules/@fontsource/opendyslexic/files/opendyslexic-latin-400-normal.woff2", weight: "400" },
    { path: "../../node_modules/@fontsource/opendyslexic/files/opendyslexic-latin-700-normal.woff2", weight: "700" },
    {
      path: "../../node_modules/@fontsource/opendyslexic/files/opendyslexic-latin-400-italic.woff2",
      weight: "400",
      style: "italic",
    },
    {
      path: "../../node_modules/@fontsource/opendyslexic/files/opendyslexic-latin-700-italic.woff2",
      weight: "700",
      style: "italic",
    },
  ],
  variable: "--font-dyslexic",
  display: "swap",
  preload: false,
  fallback: ["system-ui", "sans-serif"],
});
