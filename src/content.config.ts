import { defineCollection, z } from "astro:content";
import { glob } from "astro/loaders";

const prose = z.object({
  title: z.string(),
  description: z.string(),
  lang: z.enum(["vi", "en"]),
});

/** The story, one file per language (vi.mdx, en.mdx). */
const story = defineCollection({ loader: glob({ pattern: "*.mdx", base: "./src/content/story" }), schema: prose });
/** Prose pages: methodology in both languages. */
const pages = defineCollection({ loader: glob({ pattern: "*.mdx", base: "./src/content/pages" }), schema: prose });

export const collections = { story, pages };
