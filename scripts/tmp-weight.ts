import { upFrontBytes } from '../tests/helpers/dist.ts';
import { builtPages } from '../tests/helpers/dist.ts';
const rows = builtPages().map((p) => ({ p, ...upFrontBytes(p) })).sort((a, b) => b.total - a.total);
for (const r of rows.slice(0, 12)) console.log((r.total / 1024).toFixed(2), (r.js / 1024).toFixed(2), r.p);
