// View model of /shortlist/: every pair of every list as the shortlist's script shows it (the page
// carries them, so a shared shortlist link opens without another request), and the cities a family
// can measure distances from.
import type { City, FiveYearList } from '../content/schemas.ts';
import { seatText } from '../domain/distance.ts';
import type { ProgramPair } from '../domain/programs.ts';
import { SHORTLIST_MAX, shortlistRecord } from '../domain/shortlist.ts';
import { scriptJson } from '../web/html.ts';
import { siteUrl } from '../web/urls.ts';

export function shortlistPageView(lists: { list: FiveYearList; pairs: ProgramPair[] }[], cities: City[]) {
  return {
    /** How many pairs a shortlist holds at most. */
    max: SHORTLIST_MAX,
    records: scriptJson(lists.flatMap(({ list, pairs }) => pairs.map((pair) => shortlistRecord(pair, list, siteUrl)))),
    // The same seats the distances use.
    cities: scriptJson(cities.map((c) => ({ name: c.name, seat: seatText(c.seat) }))),
  };
}
