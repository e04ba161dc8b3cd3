import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { fromContent } from './content/loaders.ts';
import { contentDir } from './content/read.ts';
import { citySchema, fiveYearListSchema, institutionSchema, majorSchema, policySchema, statisticSchema } from './lib/content/schemas.ts';
import { chartSchema, explainerSchema, factSchema, openDataSchema } from './lib/content/editorial-schemas.ts';

// The same schemas run earlier in the content-integrity integration, which also checks references,
// counts and quotes and names the file, entry and field of every problem. The collections take the
// entries src/content/read.ts read for that check; the policy documents (Markdown) are rendered to
// HTML as they are loaded. The explainers are MDX (they use components) and go through Astro's glob
// loader, which compiles them.
const dir = contentDir();

export const collections = {
  policies: defineCollection({ loader: fromContent((c) => c.policies, { markdown: true }), schema: policySchema }),
  explainers: defineCollection({ loader: glob({ base: `${dir}/explainers`, pattern: '*.mdx' }), schema: explainerSchema }),
  schools: defineCollection({ loader: fromContent((c) => c.schools), schema: institutionSchema }),
  colleges: defineCollection({ loader: fromContent((c) => c.colleges), schema: institutionSchema }),
  cities: defineCollection({ loader: fromContent((c) => c.cities), schema: citySchema }),
  majors: defineCollection({ loader: fromContent((c) => c.majors), schema: majorSchema }),
  charts: defineCollection({ loader: fromContent((c) => c.charts), schema: chartSchema }),
  openData: defineCollection({ loader: fromContent((c) => c.openData), schema: openDataSchema }),
  facts: defineCollection({ loader: fromContent((c) => c.facts), schema: factSchema }),
  statistics: defineCollection({ loader: fromContent((c) => c.statistics), schema: statisticSchema }),
  fiveYearLists: defineCollection({ loader: fromContent((c) => c.lists), schema: fiveYearListSchema }),
};
