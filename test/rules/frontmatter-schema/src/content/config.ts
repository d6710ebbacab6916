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
