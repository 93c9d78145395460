/**
 * The fonts of share images, read once from npm packages (no network at build time).
 * Each unicode subset is its own family: satori only falls back across families, so
 * "Łódź" or a Cyrillic name finds its glyphs in the latin-ext or cyrillic file.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Font, FontWeight } from "satori";

const require = createRequire(import.meta.url);

interface FontFace {
  family: string;
  pkg: string;
  /** File name prefix inside the package's files/ folder. */
  prefix: string;
  subsets: readonly string[];
  weights: readonly FontWeight[];
}

const faces = {
  serif: {
    family: "Source Serif 4",
    pkg: "@fontsource/source-serif-4",
    prefix: "source-serif-4",
    subsets: ["latin", "latin-ext", "cyrillic", "cyrillic-ext"],
    weights: [700],
  },
  sans: {
    family: "Noto Sans",
    pkg: "@fontsource/noto-sans",
    prefix: "noto-sans",
    subsets: ["latin", "latin-ext", "cyrillic", "cyrillic-ext"],
    weights: [400, 700],
  },
} as const satisfies Record<string, FontFace>;

const familyName = (face: FontFace, subset: string) => `${face.family} ${subset}`;

/** A CSS font-family list naming every subset of a face, latin first. */
const familyList = (face: FontFace) => face.subsets.map((subset) => `"${familyName(face, subset)}"`).join(", ");

export const SERIF = familyList(faces.serif);
export const SANS = familyList(faces.sans);

const files = Object.values(faces).flatMap((face: FontFace) =>
  face.subsets.flatMap((subset) =>
    face.weights.map((weight) => {
      const file = `${face.pkg}/files/${face.prefix}-${subset}-${weight}-normal.woff`;
      return { name: familyName(face, subset), weight, data: readFileSync(require.resolve(file)) };
    }),
  ),
);

/** One array for the whole build: satori parses each font once, not once per image. */
export const FONTS: Font[] = files.map(({ name, weight, data }) => ({ name, weight, style: "normal", data }));

/** A hash of every font file: changes when a package update changes a font. */
export const FONTS_IDENTITY: string = files
  .reduce((hash, file) => hash.update(`${file.name}/${file.weight}\0`).update(file.data), createHash("sha256"))
  .digest("hex");
