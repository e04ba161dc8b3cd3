import type { APIRoute } from 'astro';
import { dataPackageFile } from '../../data/open-data.ts';

/** A Frictionless Data Package (https://specs.frictionlessdata.io/) describing every open-data file. */
export const GET: APIRoute = async ({ site }) => new Response(await dataPackageFile(site), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
