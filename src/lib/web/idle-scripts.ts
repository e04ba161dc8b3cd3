/**
 * A page's enhancement scripts, loaded after the page instead of with it. A layout marks its root
 * `<html data-idle-scripts>`; the build (src/middleware.ts) then takes every module script Astro
 * wrote into that page and lists its address in the attribute, and the inline boot script
 * (src/lib/web/security.ts) loads them once the page has loaded and the browser is idle. Without
 * script nothing changes: the page never needed them. A page without the mark keeps its scripts as
 * Astro wrote them: the search, program list, map, shortlist and document list pages, whose tool
 * is the page and which read their filters from the address as they open.
 */
export const IDLE_MARK = 'data-idle-scripts';
/** On the root while the listed scripts are loading (set and cleared by the boot script). */
export const ENHANCING_MARK = 'data-enhancing';

const ROOT = /<html\b[^>]*>/;
// Astro writes an attribute set to '' as the bare name.
const MARKED = new RegExp(`\\s${IDLE_MARK}(?:="")?(?=[\\s>])`);
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;

export function deferModuleScripts(html: string): string {
  const root = ROOT.exec(html)?.[0];
  if (!root || !MARKED.test(root)) return html;
  const sources: string[] = [];
  const body = html.replace(MODULE_SCRIPT, (_, src: string) => {
    if (!sources.includes(src)) sources.push(src);
    return '';
  });
  if (sources.some((src) => /[\s"]/.test(src))) throw new Error(`idle-scripts: a script address with a space or quote cannot be listed: ${sources.join(', ')}`);
  return body.replace(ROOT, (tag) => tag.replace(MARKED, ` ${IDLE_MARK}="${sources.join(' ')}"`));
}
