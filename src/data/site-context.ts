import type { SiteContext } from '../lib/views/site-context.ts';
import { footerView } from '../lib/views/site-context.ts';
import { loadChanges, loadClauseNamer, loadNewestPolicy, loadPolicyPeriods, loadPolicyTitles, loadSite } from './collections.ts';

/** What every page shows alike (src/lib/views/site-context.ts), for the page at site path `path` (no leading slash). */
export async function loadSiteContext(path: string): Promise<SiteContext> {
  const newest = await loadNewestPolicy();
  return {
    footer: footerView({
      newest: newest && { id: newest.id, shortTitle: newest.data.shortTitle, date: newest.data.date },
      checked: (await loadSite()).checked,
      changes: await loadChanges(),
      path,
    }),
    sources: { titles: await loadPolicyTitles(), clause: await loadClauseNamer(), periods: await loadPolicyPeriods() },
  };
}
