import { describe, expect, it } from 'vitest';
import { type RawContent } from '../../../../../src/content/read.ts';
import { checkContent, type Problem } from '../../../../../src/lib/content/checks/index.ts';
import { entryData, entryNamed, patchedContent } from '../../../../helpers/content.ts';

/** Problems found in the real content with one small change made to it. */
async function problemsWith(patch: (content: RawContent) => void): Promise<Problem[]> {
  return checkContent(await patchedContent(patch));
}

describe('claims and their words: deliberately broken content', () => {
  it('checks a question’s clause like any claim, and its official channels’ institutions', async () => {
    const problems = await problemsWith((c) => {
      entryData(c.questions, 'where-taught').source.quote = '高职段在县城上课';
      c.officialChannels.push({ file: 'content/official-channels.yaml', label: '第1条', data: { institution: 'no-such-school', kind: '官方网站', url: 'https://example.org/', source: '测试来源四字', checked: '2026-12-01' } });
    });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/official-channels.yaml', field: 'institution', expected: expect.stringContaining('no-such-school') }),
      expect.objectContaining({ file: 'content/questions.yaml', field: 'note.sources.0.quote' }),
    ]);
  });
});

describe('claims: facts, key points and lead sentences show the words they rest on', () => {
  const fact = (c: RawContent) => entryData(c.facts, 'five-year-agreement');
  const keyPoints = (c: RawContent) => entryData(c.explainers, 'five-year-programs').keyPoints;

  it('rejects a fact whose clause anchor does not exist on the document page', async () => {
    expect(await problemsWith((c) => (fact(c).source.anchor = 'part-3-item-9'))).toEqual([
      expect.objectContaining({
        file: 'content/facts.yaml',
        entry: expect.stringContaining('five-year-agreement'),
        field: 'text.sources.0.anchor',
        expected: expect.stringContaining('#part-3-item-9'),
      }),
    ]);
  });

  it('rejects a key point whose quote is altered', async () => {
    expect(await problemsWith((c) => (keyPoints(c)[2].sources[0].quote = '学生转段考核标准必须在报名前公布'))).toEqual([
      expect.objectContaining({
        file: 'content/explainers/five-year-programs.mdx',
        field: 'keyPoints.2.sources.0.quote',
        expected: expect.stringContaining('逐字一致'),
      }),
    ]);
  });

  it('rejects a quote that is in the document but not in the clause cited', async () => {
    expect(await problemsWith((c) => (keyPoints(c)[2].sources[0].anchor = 'part-2-item-1'))).toEqual([
      expect.objectContaining({ field: 'keyPoints.2.sources.0.quote', expected: expect.stringContaining('#part-2-item-1') }),
    ]);
  });

  it('rejects a lead sentence that cites a document the site does not have', async () => {
    expect(
      await problemsWith((c) => ((c.site!.data as { leads: { home: { sources: { document: string }[] } } }).leads.home.sources[0]!.document = 'notice-2031')),
    ).toEqual([
      expect.objectContaining({ file: 'content/site.yaml', field: 'leads.home.sources.0.document', expected: expect.stringContaining('notice-2031') }),
    ]);
  });

  it('rejects a key point with neither sources nor own: true', async () => {
    expect(await problemsWith((c) => (keyPoints(c)[3].own = false))).toEqual([
      expect.objectContaining({ field: 'keyPoints.3.sources', expected: expect.stringContaining('own: true') }),
    ]);
  });
});

describe('qualifiers survive paraphrase', () => {
  const fact = (c: RawContent, id: string) => entryData(c.facts, id);

  it('rejects a fact that drops 原则上', async () => {
    const problems = await problemsWith((c) => (fact(c, 'pilot-limits').text = '每个市的试点中职学校不超过5所，每个县（市、区）不超过1所。'));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/facts.yaml',
        entry: expect.stringContaining('pilot-limits'),
        field: 'text',
        expected: expect.stringMatching(/原则上.*原文：“每市试点中职学校原则上不超过5所/),
      }),
    ]);
  });

  it('rejects a fact that drops 一般', async () => {
    expect(await problemsWith((c) => (fact(c, 'pilot-class-size').text = '每所试点中职学校每年的试点班为3至4轨。'))).toEqual([
      expect.objectContaining({ field: 'text', expected: expect.stringContaining('“一般”') }),
    ]);
  });

  it('rejects a fact that turns 要 into a promise, and accepts an equivalent', async () => {
    expect(await problemsWith((c) => (fact(c, 'five-year-agreement').text = '合作的中职学校和高职学校同时签订“三二分段”五年制培养协议。'))).toEqual([
      expect.objectContaining({ field: 'text', expected: expect.stringContaining('“要”') }),
    ]);
    expect(await problemsWith((c) => (fact(c, 'five-year-agreement').text = '通知要求合作的中职学校和高职学校同时签订“三二分段”五年制培养协议。'))).toEqual([]);
  });

  it('does not take 要 in 主要 for a qualifier', async () => {
    expect(await problemsWith((c) => (fact(c, 'five-year-agreement').text = '主要是合作的中职学校和高职学校同时签订“三二分段”五年制培养协议。'))).toEqual([
      expect.objectContaining({ field: 'text', expected: expect.stringContaining('“要”') }),
    ]);
  });

  it('rejects a key point that drops 可', async () => {
    const points = (c: RawContent) => entryData(c.explainers, 'comprehensive-high-school').keyPoints;
    expect(await problemsWith((c) => (points(c)[2].text = '学生自愿申请转到本校的中职专业，每名学生只申请1次；申请一般在第一学年第二学期末提出。'))).toEqual([
      expect.objectContaining({ file: 'content/explainers/comprehensive-high-school.mdx', field: 'keyPoints.2', expected: expect.stringContaining('“可以”') }),
    ]);
  });

  it('rejects a statistic label that drops 原则上, with the bound counting for 以上', async () => {
    expect(await problemsWith((c) => (entryData(c.statistics, 'secondary-school-size-target').label = '各市中职学校全日制在校生平均规模目标'))).toEqual([
      expect.objectContaining({ file: 'content/statistics.yaml', field: 'label', expected: expect.stringContaining('“原则上”') }),
    ]);
  });

  it('accepts a qualifier left out with a reason, and rejects a reason for a word that is not a qualifier', async () => {
    const stat = (c: RawContent) => entryData(c.statistics, 'high-level-secondary-county-target');
    expect(await problemsWith((c) => delete stat(c).unqualified)).toEqual([
      expect.objectContaining({ field: 'label', expected: expect.stringContaining('“左右”') }),
    ]);
    expect(await problemsWith((c) => (stat(c).unqualified = [{ word: '大概', why: '这不是限定词表里的词' }]))).toContainEqual(
      expect.objectContaining({ field: 'unqualified', expected: expect.stringContaining('大概') }),
    );
  });
});

describe('explainers', () => {
  it('rejects an explainer that cites a clause anchor the document does not have', async () => {
    const explainer = (c: RawContent) => entryNamed(c.explainers, 'five-year-programs');
    expect(await problemsWith((c) => (explainer(c).body = explainer(c).body!.replace('at="part-3-item-3"', 'at="part-3-item-7"')))).toEqual([
      expect.objectContaining({
        file: 'content/explainers/five-year-programs.mdx',
        entry: 'five-year-programs',
        field: expect.stringMatching(/^正文 <Cite> 第\d+处$/),
        expected: expect.stringContaining('#part-3-item-7'),
      }),
    ]);
  });
});
