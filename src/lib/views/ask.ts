// View model of "报名前向学校问清楚" and "去哪里问": the questions the documents leave open for one
// path (content/questions.yaml) and, for the institutions of a page, whom to ask: the school and
// the college by name, with their official channels where someone has checked one
// (content/official-channels.yaml), and the city's education bureau, which the documents name.
import type { Institution } from '../content/schemas.ts';
import type { Fact, OfficialChannel, Question } from '../content/editorial-schemas.ts';

/** One body to ask, as a page shows it. */
export interface AskWhere {
  key: Question['ask'][number];
  /** Who: the institution's name, or the kind of body. */
  name: string;
  /** Its page on this site, for an institution. */
  href: string | null;
  /** Its checked official channels (none until someone has checked one). */
  channels: OfficialChannel[];
  /** What the site can say about how to reach it. */
  note: string;
  /** The clause that names this body, where a document does. */
  source: Fact['source'] | null;
}

/** What a page shows under "报名前向学校问清楚" and "去哪里问". */
export interface AskView {
  questions: (Question & { documentTitle: string })[];
  where: AskWhere[];
  /** The contact the path's document prints (facts.yaml, topic press-contact), as printed. */
  printedContact: Fact | null;
}

/**
 * The questions of one path, each with the short title of the document that leaves it open, and
 * whom to ask: `school` and `college` (when the page is about them), then the city's education
 * bureau, in the order the questions first name them.
 */
export function askView(
  topic: Question['topic'],
  {
    questions,
    channels,
    titles,
    bureauFact,
    contactFact,
    school,
    college,
    document,
  }: {
    questions: readonly Question[];
    channels: readonly OfficialChannel[];
    titles: ReadonlyMap<string, string>;
    /** The clause that names the city's education bureau (facts.yaml), if any. */
    bureauFact?: Fact | undefined;
    /** The contact the document prints, if any (shown with what it is: a contact for schools and bureaus). */
    contactFact?: Fact | undefined;
    school?: Institution | undefined;
    college?: Institution | undefined;
    /** Only the questions a document leaves open (a school on a later list: that list's notice). */
    document?: string | undefined;
  },
): AskView {
  const mine = questions.filter((q) => q.topic === topic && (document === undefined || q.document === document));
  // With no question for the document, whom to ask still stands: the school, its college, the bureau.
  const keys =
    mine.length > 0 ? [...new Set(mine.flatMap((q) => q.ask))] : (['school', 'college', 'city-bureau'] as const).filter((k) => k !== 'college' || college);
  const noChannel = '本站还没有收录它经核实的官方网站或招生电话；请看学校公布的招生简章，或向所在地的教育局打听。';
  const institution = (key: 'school' | 'college', i: Institution | undefined, kind: string): AskWhere => {
    const own = i ? channels.filter((c) => c.institution === i.id) : [];
    return {
      key,
      name: i?.name ?? kind,
      href: i ? `${key === 'school' ? 'schools' : 'colleges'}/${i.id}/` : null,
      channels: own,
      note: own.length ? '以下网址由本站核实过，以学校的最新发布为准。' : noChannel,
      source: null,
    };
  };
  const where = keys.map((key): AskWhere => {
    if (key === 'school') return institution('school', school, '报考的中职学校');
    if (key === 'college') return institution('college', college, '合作的高职学校');
    return {
      key,
      name: '所在市的教育局',
      href: null,
      channels: [],
      note: '本站没有收录各市教育局的联系方式。',
      source: bureauFact?.source ?? null,
    };
  });
  // The printed contact belongs to the path whose document prints it.
  const printedContact = contactFact && mine.some((q) => q.document === contactFact.source.document) ? contactFact : null;
  return { questions: mine.map((q) => ({ ...q, documentTitle: titles.get(q.document) ?? q.document })), where, printedContact };
}
