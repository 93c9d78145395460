import type { z } from "zod";
import { references, type ContentCollection } from "./common.ts";

type Schema = z.core.$ZodType;

/** A front-matter field that names entries of a collection: `topics` -> "topics". */
export interface ReferenceField {
  field: string;
  collection: ContentCollection;
}

/** Optional, default and list wrappers peeled off, down to the value schema. */
function valueOf(schema: Schema): Schema {
  let inner = schema;
  for (;;) {
    const def = inner._zod.def as { type: string; innerType?: Schema; element?: Schema };
    const next = def.type === "array" ? def.element : def.innerType;
    if (!next || !["optional", "default", "array", "nullable"].includes(def.type)) return inner;
    inner = next;
  }
}

/** The collection a field's values point to, if it is a reference (declared with `ref()`). */
export function referenceTarget(schema: Schema): ContentCollection | undefined {
  return references.get(valueOf(schema))?.collection;
}

/** Every top-level reference field of an object schema, in declaration order. */
export function referenceFields(schema: Schema): ReferenceField[] {
  const shape = (schema as unknown as { shape?: Record<string, Schema> }).shape ?? {};
  return Object.entries(shape).flatMap(([field, value]) => {
    const collection = referenceTarget(value);
    return collection ? [{ field, collection }] : [];
  });
}
