/**
 * The share card's design: a satori element tree (satori's object syntax, so no JSX or
 * React), kept apart from the satori and resvg mechanics in render.ts. A change that draws
 * the same card differently needs RENDERER_VERSION (version.ts) bumped.
 */
import { SANS, SERIF } from "./fonts.ts";
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from "./index.ts";

/** What a share image shows; every string already translated and formatted. */
export interface ShareCard {
  title: string;
  /** The article kind's label, e.g. "Fact check". */
  kind: string;
  /** e.g. "November 24, 2026". */
  date: string;
  siteName: string;
  /** BCP 47 tag of the card's text. */
  lang: string;
}

/** Title sizes in px, largest first; titles are at most 110 characters (the schema's limit). */
export const TITLE_SIZES = [80, 72, 64, 58, 52, 46, 40] as const;

/** Index in TITLE_SIZES to try first: short titles big, long ones smaller, so most cards lay out once. */
export function firstTitleSize(title: string): number {
  const length = [...title].length;
  if (length <= 32) return 0;
  if (length <= 55) return 1;
  if (length <= 80) return 2;
  return 3;
}

/** Ids of the title's box and its text, so the renderer can check the text fits. */
export const TITLE_BOX = "title-box";
export const TITLE_TEXT = "title-text";

export const TITLE_LINE_HEIGHT = 1.14;

// The site's palette (src/styles/global.css), light scheme: contrast well above 7:1.
const colors = { bg: "#fdfcfa", fg: "#1c1b1a", muted: "#595550", accent: "#8a1c2b", rule: "#d9d4cc" };

const PAD_X = 80;

export interface SatoriElement {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | SatoriElement[]; [prop: string]: unknown };
}

const el = (
  type: string,
  style: Record<string, string | number>,
  children: string | SatoriElement[] = [],
  props: Record<string, unknown> = {},
): SatoriElement => ({ type, props: { ...props, style, children } });

export interface TitleStyle {
  fontSize: number;
  /** Cut the title to this many lines with an ellipsis: the last resort for text that cannot fit. */
  maxLines?: number;
}

export function cardElement(card: ShareCard, title: TitleStyle): SatoriElement {
  const titleText = el(
    "div",
    {
      fontFamily: SERIF,
      fontWeight: 700,
      fontSize: title.fontSize,
      lineHeight: TITLE_LINE_HEIGHT,
      letterSpacing: -0.01 * title.fontSize,
      color: colors.fg,
      textWrap: "balance",
      overflowWrap: "anywhere",
      flexShrink: 0,
      ...(title.maxLines
        ? // Balancing would narrow every line of the whole text before the cut.
          {
            display: "block",
            lineClamp: title.maxLines,
            textWrap: "wrap",
            overflow: "hidden",
            textOverflow: "ellipsis",
          }
        : {}),
    },
    card.title,
    { id: TITLE_TEXT },
  );

  // Every box is a plain rectangle: no borders and no overflow clipping, which satori
  // draws as clip paths and masks that resvg rasterizes as extra full-size layers (the
  // card took 24 ms to rasterize with them, 12 ms without, same pixels). The title
  // needs no clipping: the renderer only keeps a size whose text fits its box.
  return el(
    "div",
    {
      display: "flex",
      flexDirection: "column",
      width: SHARE_IMAGE_WIDTH,
      height: SHARE_IMAGE_HEIGHT,
      backgroundColor: colors.bg,
    },
    [
      el("div", { height: 14, flexShrink: 0, backgroundColor: colors.accent }),
      el(
        "div",
        { display: "flex", flexDirection: "column", flexGrow: 1, minHeight: 0, padding: `52px ${PAD_X}px 48px` },
        [
          el(
            "div",
            {
              display: "flex",
              fontFamily: SANS,
              fontWeight: 700,
              fontSize: 24,
              letterSpacing: 2.4,
              textTransform: "uppercase",
              color: colors.accent,
            },
            card.kind,
          ),
          el(
            "div",
            {
              display: "flex",
              flexDirection: "column",
              justifyContent: "center",
              flexGrow: 1,
              minHeight: 0,
              margin: "20px 0 28px",
            },
            [titleText],
            { id: TITLE_BOX },
          ),
          el("div", { height: 2, flexShrink: 0, backgroundColor: colors.rule }),
          el("div", { display: "flex", justifyContent: "space-between", alignItems: "center", paddingTop: 26 }, [
            el("div", { fontFamily: SERIF, fontWeight: 700, fontSize: 34, color: colors.accent }, card.siteName),
            el("div", { fontFamily: SANS, fontWeight: 400, fontSize: 26, color: colors.muted }, card.date),
          ]),
        ],
      ),
    ],
    { lang: card.lang },
  );
}
