/**
 * The benchmark's yardstick: a minimal Astro site of the blog starter's shape (one
 * collection, one layout, a list, a post route, RSS and a sitemap), built from the same
 * articles' text with the `<Cite />` tags stripped and no components. `npm run bench`
 * builds it alternately with this site, so both meet the same load on a shared machine.
 * Generated as files, not kept as a project of its own, so nothing here is type-checked
 * or formatted as part of this site.
 */
import type { SyntheticFile } from "./synthetic-content.ts";

export type ReferenceFormat = "mdx" | "md";

const CONFIG = `import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";

export default defineConfig({ site: "https://example.com", integrations: [mdx(), sitemap()] });
`;

const COLLECTIONS = `import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

const blog = defineCollection({
  loader: glob({ base: "./src/content/blog", pattern: "**/*.{md,mdx}" }),
  schema: z.object({ title: z.string(), description: z.string(), pubDate: z.coerce.date() }),
});

export const collections = { blog };
`;

const LAYOUT = `---
const { title, description, pubDate } = Astro.props;
---
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width,initial-scale=1" />
    <title>{title}</title>
    <meta name="description" content={description} />
    <link rel="canonical" href={new URL(Astro.url.pathname, Astro.site)} />
    <style>body { font-family: serif; max-width: 40rem; margin: auto; } h1 { line-height: 1.2; }</style>
  </head>
  <body>
    <header><a href="/">Blog</a></header>
    <main>
      <article>
        <h1>{title}</h1>
        {pubDate && <time datetime={pubDate.toISOString()}>{pubDate.toLocaleDateString("en-CA")}</time>}
        <slot />
      </article>
    </main>
    <footer>&copy; Blog</footer>
  </body>
</html>
`;

const POST_ROUTE = `---
import { getCollection, render } from "astro:content";
import Post from "../../layouts/Post.astro";

export async function getStaticPaths() {
  const posts = await getCollection("blog");
  return posts.map((post) => ({ params: { slug: post.id }, props: post }));
}
const post = Astro.props;
const { Content } = await render(post);
---
<Post {...post.data}><Content /></Post>
`;

const INDEX = `---
import { getCollection } from "astro:content";
import Post from "../layouts/Post.astro";

const posts = (await getCollection("blog")).sort((a, b) => b.data.pubDate.valueOf() - a.data.pubDate.valueOf());
---
<Post title="Blog" description="All posts">
  <ul>{posts.map((post) => <li><a href={\`/blog/\${post.id}/\`}>{post.data.title}</a></li>)}</ul>
</Post>
`;

const RSS = `import rss from "@astrojs/rss";
import { getCollection } from "astro:content";

export async function GET(context) {
  const posts = await getCollection("blog");
  return rss({
    title: "Blog",
    description: "All posts",
    site: context.site,
    items: posts.map((post) => ({ ...post.data, link: \`/blog/\${post.id}/\` })),
  });
}
`;

/** The same story as a plain post: title, dek and date, the text without citations. */
function postOf(article: SyntheticFile, format: ReferenceFormat): { file: string; bytes: string } | undefined {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(article.bytes);
  if (!match) return undefined;
  const field = (name: string) => new RegExp(`^${name}: (.*)$`, "m").exec(match[1]!)?.[1];
  const front = ["title", "description", "pubDate"].map((name) => `${name}: ${field(name)}`).join("\n");
  const body = match[2]!.replace(/<Cite\b[^>]*\/>/g, "");
  const slug = article.file.replace(/^.*\//, "").replace(/\.mdx$/, "");
  return { file: `src/content/blog/${slug}.${format}`, bytes: `---\n${front}\n---\n${body}` };
}

/** Every file of the reference site for these articles (the site's own synthetic content). */
export function referenceSite(content: readonly SyntheticFile[], format: ReferenceFormat) {
  const posts = content.filter((f) => f.collection === "articles").flatMap((f) => postOf(f, format) ?? []);
  return [
    { file: "package.json", bytes: `${JSON.stringify({ name: "bench-reference", private: true, type: "module" })}\n` },
    { file: "astro.config.mjs", bytes: CONFIG },
    { file: "src/content.config.ts", bytes: COLLECTIONS },
    { file: "src/layouts/Post.astro", bytes: LAYOUT },
    { file: "src/pages/blog/[...slug].astro", bytes: POST_ROUTE },
    { file: "src/pages/index.astro", bytes: INDEX },
    { file: "src/pages/rss.xml.js", bytes: RSS },
    ...posts,
  ];
}
