import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { resolve } from 'node:path';
import {
  chartSchema, citySchema, explainerSchema, factSchema, openDataSchema, fiveYearListSchema, institutionSchema, majorSchema, policySchema, statisticSchema,
} from './lib/schemas.ts';

// The same schemas run earlier in the content-integrity integration, which also checks references,
// counts and quotes and names the file, entry and field of every problem.
const dir = resolve(process.env.CONTENT_DIR || 'content');

export const collections = {
  policies: defineCollection({ loader: glob({ base: `${dir}/policies`, pattern: '*.mdx' }), schema: policySchema }),
  explainers: defineCollection({ loader: glob({ base: `${dir}/explainers`, pattern: '*.mdx' }), schema: explainerSchema }),
  schools: defineCollection({ loader: file(`${dir}/schools.yaml`), schema: institutionSchema }),
  colleges: defineCollection({ loader: file(`${dir}/colleges.yaml`), schema: institutionSchema }),
  cities: defineCollection({ loader: file(`${dir}/cities.yaml`), schema: citySchema }),
  majors: defineCollection({ loader: file(`${dir}/majors.yaml`), schema: majorSchema }),
  charts: defineCollection({ loader: file(`${dir}/charts.yaml`), schema: chartSchema }),
  openData: defineCollection({ loader: file(`${dir}/open-data.yaml`), schema: openDataSchema }),
  facts: defineCollection({ loader: file(`${dir}/facts.yaml`), schema: factSchema }),
  statistics: defineCollection({ loader: file(`${dir}/statistics.yaml`), schema: statisticSchema }),
  fiveYearLists: defineCollection({ loader: glob({ base: `${dir}/five-year-lists`, pattern: '*.yaml' }), schema: fiveYearListSchema }),
};
