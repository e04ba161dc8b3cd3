import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, mainHtml, readPage, textOf } from '../helpers/dist.ts';

// An independent look at the built pages for the overstatements the accuracy review found
// (../shared/reviews/accuracy.md, F1–F5): none may come back, in any wording checked here.
const OVERSTATEMENTS = [
  /在合作的?高职学校读[“"]?高职段/, // F1: the notice never says where the 高职段 is taught
  /后一段在合作的高职学校读/,
  /到合作高职学校读高职段/,
  /再到合作高职学校/,
  /报名前就能查/, // F2: an instruction to schools is not a promise to families
  /报名前可以到两所学校的官网查看/,
  /接近按每市上限推算/, // F3: no province-wide cap is set
  /全省试点学校数上限/,
];

interface Statistic {
  id: string;
  label: string;
  kind: string;
  note: string;
  source: { quote: string };
}

describe('the site says no more than the documents', () => {
  const pages = builtPages();

  it.each(OVERSTATEMENTS.map((re) => [String(re), re] as const))('no page says %s', (_, re) => {
    const hits = pages.filter((path) => re.test(textOf(mainHtml(readPage(path))).replace(/\s+/g, '')) || re.test(readPage(path)));
    expect(hits).toEqual([]);
  });

  it('never lists a school whose location is not established under 外市学校 on a city page', () => {
    const cityPages = builtPages().filter((p) => /^\/cities\/[^/]+\/$/.test(p));
    const arriving = cityPages.map((p) => ({ p, html: readPage(p) })).filter(({ html }) => html.includes('id="arriving"'));
    expect(arriving.length).toBeGreaterThan(2);
    for (const { p, html } of arriving) {
      const from = html.indexOf('id="arriving"');
      expect(textOf(html.slice(from, html.indexOf('</section>', from))), p).not.toContain('所在地待核实');
    }
    // Schools whose location is not established are on every city's page, said to be possibly there.
    for (const p of cityPages) expect(textOf(readPage(p)), p).toMatch(/所在地待核实的学校（\d+个专业对）[\s\S]*可能就在/);
  });

  it('never says the 2024 report reports on the 2025 notice issued after it', () => {
    const notice = textOf(readPage('/policies/five-year-notice-2025/')).replace(/\s+/g, '');
    expect(notice).not.toContain('报道本文');
    expect(notice).toContain('与本文涉及同一项工作');
    expect(notice).toContain('本站的理解');
  });

  const statistics = JSON.parse(readFileSync('dist/data/statistics.json', 'utf8')) as Statistic[];

  it('exports no current count or status as a target', () => {
    const contradictions = statistics.filter((s) => s.kind === 'target' && /已入选|不是新增目标|已有/.test(`${s.label}${s.note}`));
    expect(contradictions.map((s) => s.id)).toEqual([]);
    expect(statistics.find((s) => s.id === 'double-high-national-target')?.kind).toBe('reported');
  });

  it('keeps 原则上 and 一般 of the sentence in the label of every figure', () => {
    const dropped = statistics.filter(
      (s) => (/原则上/.test(s.source.quote) && !/原则上/.test(s.label)) || (/一般为/.test(s.source.quote) && !/一般/.test(s.label)),
    );
    expect(dropped.map((s) => s.id)).toEqual([]);
    expect(statistics.filter((s) => /原则上|一般为/.test(s.source.quote)).length).toBeGreaterThan(3);
  });

  it('shows the words every key point and fact rests on, without a script', () => {
    const explainer = readPage('/explainers/five-year-programs/');
    const keyPoints = /<section class="key-points"[\s\S]*?<\/section>/.exec(explainer)?.[0] ?? '';
    expect(keyPoints.match(/<details class="source-words">/g)?.length).toBeGreaterThanOrEqual(3);
    expect(keyPoints).toContain('学生转段考核标准要在招生工作开始前，通过联办学校官网等多种渠道向社会公布');
    const school = readPage('/schools/gaoping-zhongdeng-zhuanye-xuexiao/');
    expect(school.match(/<details class="source-words">/g)?.length).toBeGreaterThanOrEqual(5);
    expect(readPage('/').match(/<details class="source-words">/g)?.length).toBeGreaterThanOrEqual(1);
    expect(readPage('/programs/').match(/<details class="source-words">/g)?.length).toBeGreaterThanOrEqual(1);
  });

  it('states the newest document on every page, and who runs the site or that it is not yet set', () => {
    for (const path of ['/', '/data/', '/schools/'])
      expect(textOf(readPage(path))).toMatch(/本站收录的最新文件：\s*2025年五年制贯通培养试点名单通知\s*（2025年2月13日）/);
    expect(textOf(readPage('/about/'))).toMatch(/运营者尚未在本站设置中填写|本站由.+运营/);
  });
});

describe('citations follow the edition in force', () => {
  it('no page names GB/T 7714—2015, and the press page shows a 2025-style citation', () => {
    for (const page of builtPages()) expect(readPage(page), page).not.toMatch(/7714[—-]2015/);
    expect(textOf(readPage('/press/'))).toMatch(/\[EB\/OL\]\. （\d{4}-\d{2}-\d{2}）\[/);
  });
});

describe('sources say where a grouping comes from, and a report is not dated as if printed that day', () => {
  it('the 专业大类 chart credits the catalogue, in its page, caption and picture', () => {
    const page = textOf(readPage('/data/five-year-by-category/'));
    expect(page.replace(/\s+/g, '')).toContain('来源：2025年五年制贯通培养试点名单通知附件；教育部《职业教育专业目录（2021年）》（专业大类）。');
    expect(page).toContain('图：山西职教政策通，据2025年五年制贯通培养试点名单通知附件、教育部《职业教育专业目录（2021年）》（专业大类）');
    expect(readFileSync('dist/data/five-year-by-category.svg', 'utf8')).toContain('教育部《职业教育专业目录（2021年）》（专业大类）');
  });
  it('a chart from the press report says its date is the conference’s', () => {
    expect(textOf(readPage('/data/vocational-report/'))).toContain('新闻报道的是会议日期，见报日期原文未印');
  });
});

describe('targets whose year has passed', () => {
  it('say so on their chart, by the check date, and whether a later figure is held', () => {
    expect(textOf(readPage('/data/vocational-opinion-targets/'))).toMatch(/目标年份是2025年，按本站核对日期已过；本站没有收录那以后的对应数字/);
  });
});
