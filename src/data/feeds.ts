// The items of the site's feeds (/rss.xml), as src/lib/web/feeds.ts shapes them.
import { feedItems } from '../lib/web/feeds.ts';
import { sitePath, siteUrl } from '../lib/web/urls.ts';
import { textCategory } from '../lib/domain/vocabulary.ts';
import { loadExplainers, loadPolicies } from './collections.ts';

/** The documents (dated as issued) and the explainers (dated as last checked), with full links on `site`. */
export async function loadFeedItems(site: URL | undefined) {
  const abs = (path: string) => new URL(siteUrl(path), site).href;
  return feedItems([
    ...(await loadPolicies()).map((p) => ({
      title: p.data.title,
      link: abs(sitePath.policy(p.id)),
      description: p.data.summary,
      date: p.data.date,
      category: textCategory(p.data),
    })),
    ...(await loadExplainers()).map((e) => ({
      title: e.data.title,
      link: abs(sitePath.explainer(e.id)),
      description: e.data.summary,
      date: e.data.checked,
      category: '解读',
    })),
  ]);
}
