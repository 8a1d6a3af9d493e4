// `npm run icons`: draws the app's PNG icons and favicon.ico from public/favicon.svg (scripts/icons/icons.ts).
// Run it after changing the picture, and commit what it writes; icons.test.ts fails until then.
import fs from "node:fs";
import path from "node:path";
import { ICO_SIZES, ICONS, pngsToIco, renderIcon } from "./icons/icons";

const PUBLIC = path.join(import.meta.dirname, "..", "public");

async function main() {
  const favicon = fs.readFileSync(path.join(PUBLIC, "favicon.svg"), "utf8");
  for (const spec of ICONS) {
    fs.writeFileSync(path.join(PUBLIC, spec.file), await renderIcon(favicon, spec));
    console.log(`public/${spec.file} (${spec.size}×${spec.size})`);
  }
  const images = await Promise.all(
    ICO_SIZES.map(async (size) => ({ size, png: await renderIcon(favicon, { size, kind: "plain" }) })),
  );
  fs.writeFileSync(path.join(PUBLIC, "favicon.ico"), pngsToIco(images));
  console.log(`public/favicon.ico (${ICO_SIZES.join(", ")} px)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
