// @ts-nocheck: the site's schema, read by the linter; `astro:content` exists only in an Astro project
import { defineCollection, z } from 'astro:content';
const blog = defineCollection({
  schema: z.object({
    title: z.string(),
    category: z.enum(['dev', 'life']),
    pubDate: z.coerce.date(),
    updated: z.date().optional(),
    tags: z.array(z.string()).default([]),
  }),
});
export const collections = { blog };
