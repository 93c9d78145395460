/**
 * An article body as a syntax tree, parsed by Sätteri with the features the build's MDX
 * compiler uses (SETTINGS.mdxFeatures): what the check finds is what the build renders.
 */
import { mdxToMdast } from "satteri";
import { SETTINGS } from "../settings.ts";
import { findCitations, numberCitations, type Citations, type MdxNode } from "./citations.ts";

export function parseMdxBody(body: string): MdxNode {
  return mdxToMdast(body, { features: SETTINGS.mdxFeatures }) as MdxNode;
}

/** The numbered citations of a body, parsed here; throws on MDX the check would reject. */
export function citationsOfBody(body: string): Citations {
  return numberCitations(findCitations(parseMdxBody(body)));
}
