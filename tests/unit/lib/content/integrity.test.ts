import { describe, expect, it } from 'vitest';
import { readContent, type RawContent } from '../../../../src/content/read.ts';
import { checkContent, checkSchemas, formatProblems, REFERENCES, type Problem } from '../../../../src/lib/content/integrity.ts';
import { entryData, entryNamed, patchedContent } from '../../../helpers/content.ts';

/** Problems found in the real content with one small change made to it. */
async function problemsWith(patch: (content: RawContent) => void): Promise<Problem[]> {
  return checkContent(await patchedContent(patch));
}

const SCHOOL_1 = '第1条（id: taiyuan-tielu-jixie-xuexiao）';
const list = (c: RawContent) => entryData(c.lists, '2025');

describe('checkContent on the real content', () => {
  it('finds nothing wrong', async () => {
    expect(checkContent(await readContent('content'))).toEqual([]);
  });
});

describe('the reference table', () => {
  it('has no dead row: every rule finds references in the real content (and all of them resolve)', async () => {
    const { valid } = checkSchemas(await readContent('content'));
    for (const { from, to, refs } of REFERENCES) {
      // content/official-channels.yaml starts empty: no channel has been checked yet (its rule is tested below).
      if (from === 'officialChannels') continue;
      const found = (valid[from] as unknown as { data: never }[]).flatMap((v) => refs(v.data));
      expect(found.length, `${from} → ${to}`).toBeGreaterThan(0);
    }
  });
});

describe('checkContent on deliberately broken content', () => {
  it('rejects a location basis outside the known set (schema)', async () => {
    const problems = await problemsWith((c) => (entryData(c.schools, 'taiyuan-tielu-jixie-xuexiao').cityBasis = 'guessed'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/schools.yaml', entry: SCHOOL_1, field: 'cityBasis' });
    expect(problems[0]?.expected).toMatch(/name|moe-list|directory|unknown/);
  });

  it('checks content/open-data.yaml too (a field type outside the Frictionless set)', async () => {
    expect(await problemsWith((c) => (entryData(c.openData, 'five-year-programs').fields[0].type = 'int'))).toEqual([
      expect.objectContaining({ file: 'content/open-data.yaml', entry: '第1条（id: five-year-programs）', field: 'fields.0.type' }),
    ]);
  });

  it('rejects a city that is not in cities.yaml', async () => {
    expect(await problemsWith((c) => (entryData(c.schools, 'taiyuan-tielu-jixie-xuexiao').city = 'beijing'))).toEqual([
      expect.objectContaining({ file: 'content/schools.yaml', entry: SCHOOL_1, field: 'city', expected: expect.stringContaining('beijing') }),
    ]);
  });

  it('rejects a list row that names an unknown college', async () => {
    expect(await problemsWith((c) => (list(c).rows[0].pairs[0].college = 'shanxi-tiedao-xueyuan'))).toEqual([
      expect.objectContaining({
        file: 'content/five-year-lists/2025.yaml',
        entry: '序号 1',
        field: 'pairs.0.college',
        expected: expect.stringContaining('shanxi-tiedao-xueyuan'),
      }),
    ]);
  });

  it('rejects a catalogue code that is not in majors.yaml', async () => {
    expect(await problemsWith((c) => (list(c).rows[0].pairs[0].schoolProgram.code = '799999'))).toEqual([
      expect.objectContaining({ entry: '序号 1', field: 'pairs.0.schoolProgram.code', expected: expect.stringContaining('799999') }),
    ]);
  });

  it('rejects a program name that is neither the catalogue name nor name plus direction', async () => {
    expect(await problemsWith((c) => (list(c).rows[0].pairs[1].schoolProgram.name = '电气化铁路供电'))).toEqual([
      expect.objectContaining({ entry: '序号 1', field: 'pairs.1.schoolProgram.name', expected: expect.stringContaining('电气化铁道供电') }),
    ]);
  });

  it('rejects a duplicate college id', async () => {
    const problems = await problemsWith((c) => ((c.colleges[1]!.data as { id: string }).id = (c.colleges[0]!.data as { id: string }).id));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/colleges.yaml', field: 'id', expected: expect.stringContaining('不能重复') }));
  });

  it('rejects a list whose pairs do not add up to the number stated', async () => {
    expect(await problemsWith((c) => list(c).rows.at(-1).pairs.pop())).toEqual([
      expect.objectContaining({ file: 'content/five-year-lists/2025.yaml', entry: '2025', field: 'rows', expected: expect.stringMatching(/35.*34/) }),
    ]);
  });

  it('rejects row numbers that are duplicated or out of order', async () => {
    const problems = await problemsWith((c) => (list(c).rows[6].no = 8));
    expect(problems).toContainEqual(expect.objectContaining({ entry: 'rows 第7行', field: 'no', expected: expect.stringContaining('7') }));
    expect(problems).toContainEqual(expect.objectContaining({ field: 'no', expected: expect.stringContaining('序号不能重复') }));
  });

  it('rejects a document kind outside the known set (frontmatter schema)', async () => {
    expect(await problemsWith((c) => (entryData(c.policies, 'opinion-2023').kind = '规定'))).toEqual([
      expect.objectContaining({ file: 'content/policies/opinion-2023.md', entry: 'opinion-2023', field: 'kind' }),
    ]);
  });

  it('rejects a document whose raw source file is missing', async () => {
    expect(await problemsWith((c) => (entryData(c.policies, 'opinion-2023').seed = '009_0000000000000000.txt'))).toEqual([
      expect.objectContaining({ file: 'content/policies/opinion-2023.md', field: 'seed', expected: expect.stringContaining('009_0000000000000000.txt') }),
    ]);
  });

  it('rejects a statistic whose quote is not word for word in its document', async () => {
    const stat = (c: RawContent) => entryData(c.statistics, 'general-high-school-plan-share-2024');
    expect(await problemsWith((c) => (stat(c).source.quote = stat(c).source.quote.replace('70.18', '70.81')))).toEqual([
      expect.objectContaining({
        file: 'content/statistics.yaml',
        entry: expect.stringContaining('（id: general-high-school-plan-share-2024）'),
        field: 'source.quote',
        expected: expect.stringContaining('70.81'),
      }),
    ]);
  });

  it('rejects a statistic that names a document the site does not have', async () => {
    expect(await problemsWith((c) => (entryData(c.statistics, 'general-high-school-plan-share-2024').source.document = 'conference-report-2023'))).toEqual([
      expect.objectContaining({ field: 'source.document', expected: expect.stringContaining('conference-report-2023') }),
    ]);
  });

  it('refuses a script, an event handler and a javascript: link in a document or an explainer, naming the line of the file', async () => {
    const problems = await problemsWith((c) => {
      const policy = entryNamed(c.policies, 'opinion-2023');
      policy.body = `${policy.body}\n<script>alert(1)</script>\n`;
      const explainer = entryNamed(c.explainers, 'five-year-programs');
      explainer.body = `<img src=x onerror="alert(2)">\n[链接](javascript:alert(3))\n${explainer.body}`;
    });
    const bodyLine = (await readContent('content')).explainers.find((e) => e.label === 'five-year-programs')?.bodyLine ?? 0;
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/policies/opinion-2023.md', field: expect.stringMatching(/^正文第\d+行$/), expected: expect.stringContaining('<script>') }),
      expect.objectContaining({ file: 'content/explainers/five-year-programs.mdx', field: `正文第${bodyLine}行`, expected: expect.stringContaining('<img>') }),
      expect.objectContaining({ file: 'content/explainers/five-year-programs.mdx', field: `正文第${bodyLine + 1}行`, expected: expect.stringContaining('javascript:') }),
    ]);
  });

  it('refuses a question that says a document does not mention a word it does use', async () => {
    expect(await problemsWith((c) => entryData(c.questions, 'fees').absent.push('专业学院'))).toEqual([
      expect.objectContaining({ file: 'content/questions.yaml', field: 'absent.3', expected: expect.stringContaining('原文写有“专业学院”') }),
    ]);
  });

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

  it('checks a question’s search words and the explainers it offers with its answer', async () => {
    const problems = await problemsWith((c) => {
      entryData(c.questions, 'fees').search = ['学费||多少钱'];
      entryData(c.questions, 'places').near = ['no-such-explainer'];
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'content/questions.yaml', field: 'search.0', expected: expect.stringContaining('用 | 隔开的词') }),
        expect.objectContaining({ file: 'content/questions.yaml', field: 'near.0', expected: expect.stringContaining('content/explainers 中的解读 id') }),
      ]),
    );
    expect(problems).toHaveLength(2);
  });

  it('refuses a document period whose words are not in the document', async () => {
    expect(await problemsWith((c) => (entryData(c.policies, 'pilot-guideline-2024').period.quote = '现就2024年至2027年试点工作提出如下指导意见'))).toEqual([
      expect.objectContaining({ file: 'content/policies/pilot-guideline-2024.md', field: 'period.quote', expected: expect.stringContaining('2024年至2027年') }),
    ]);
  });

  it('says which file is missing when site.yaml is not there', async () => {
    const problems = await problemsWith((c) => {
      c.site = null;
      c.unreadable.push({ file: 'content/site.yaml', reason: '缺少 content/site.yaml（本站设置）' });
    });
    expect(problems).toEqual([expect.objectContaining({ file: 'content/site.yaml', expected: expect.stringContaining('site.yaml') })]);
  });

  it('rejects a press example that points at a clause the document does not have', async () => {
    expect(await problemsWith((c) => ((c.site!.data as { pressExample: { anchor: string } }).pressExample.anchor = 'clause-60'))).toEqual([
      expect.objectContaining({ file: 'content/site.yaml', field: 'pressExample', expected: expect.stringContaining('#clause-60') }),
    ]);
  });

  it('rejects an error-report channel that is not a link', async () => {
    expect(await problemsWith((c) => ((c.site!.data as { errorReport: unknown }).errorReport = { channel: '电话', href: '0351-0000000' }))).toEqual([
      expect.objectContaining({ file: 'content/site.yaml', field: 'errorReport.href', expected: expect.stringContaining('mailto:') }),
    ]);
  });
});

describe('formatProblems', () => {
  it('names the file, the entry, the field and what was expected on one line each', () => {
    const text = formatProblems([{ file: 'schools.yaml', entry: '第3条（id: x）', field: 'city', expected: '应为城市 id' }]);
    expect(text).toContain('共 1 处');
    expect(text).toContain('schools.yaml › 第3条（id: x） › city：应为城市 id');
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

describe('relations between documents', () => {
  const relations = (c: RawContent, id: string) => entryData(c.policies, id).relations;

  it('rejects a relation from an earlier document that "reports on" a later one', async () => {
    expect(await problemsWith((c) => (relations(c, 'conference-report-2024')[2].type = 'reports-on'))).toEqual([
      expect.objectContaining({
        file: 'content/policies/conference-report-2024.md',
        field: 'relations.2.type',
        expected: expect.stringMatching(/2024-11-29.*2025-02-13/),
      }),
    ]);
  });

  it('rejects a stated relation without its words, and words that are not in the text', async () => {
    expect(await problemsWith((c) => delete relations(c, 'pilot-guideline-2024')[0].quote)).toEqual([
      expect.objectContaining({ field: 'relations.0.quote', expected: expect.stringContaining('basis: stated') }),
    ]);
    expect(await problemsWith((c) => (relations(c, 'pilot-guideline-2024')[0].quote = '根据《实施意见》制定本办法'))).toEqual([
      expect.objectContaining({ field: 'relations.0.quote', expected: expect.stringContaining('根据《实施意见》制定本办法') }),
    ]);
  });
});

describe('list tables in documents', () => {
  const notice = (c: RawContent) => entryNamed(c.policies, 'five-year-notice-2025');

  it('rejects a list table for a year that has no list', async () => {
    expect(await problemsWith((c) => (notice(c).body = notice(c).body!.replace('data-five-year-list="2025"', 'data-five-year-list="2052"')))).toEqual([
      expect.objectContaining({
        file: 'content/policies/five-year-notice-2025.md',
        entry: 'five-year-notice-2025',
        field: '正文 名单表第1处（data-five-year-list）',
        expected: expect.stringContaining('2052'),
      }),
    ]);
  });

  it('rejects a component written as in MDX, which Markdown would print as it stands', async () => {
    expect(
      await problemsWith((c) => (notice(c).body = notice(c).body!.replace('<div data-five-year-list="2025"></div>', '<FiveYearListTable year={2025} />'))),
    ).toEqual([
      expect.objectContaining({
        file: 'content/policies/five-year-notice-2025.md',
        field: '正文',
        expected: expect.stringContaining('<div data-five-year-list="2025"></div>'),
      }),
    ]);
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

describe('search words (content/search-terms.yaml) and short names', () => {
  const terms = (c: RawContent) => c.searchTerms.map((e) => e.data as { words: string[]; majors?: string[]; pages?: string[] });
  const nursing = (c: RawContent) => terms(c).find((t) => t.words.includes('护士'))!;

  it('rejects a major name not in the catalogue, a page that does not exist, and an entry that leads nowhere', async () => {
    const problems = await problemsWith((c) => {
      nursing(c).majors = ['护理学'];
      terms(c).find((t) => t.words.includes('综高'))!.pages = ['explainers/no-such-page/'];
      c.searchTerms.push({ file: 'content/search-terms.yaml', label: '第99条', data: { words: ['随便'] } });
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'content/search-terms.yaml', field: 'majors.0', expected: expect.stringContaining('“护理学”') }),
        expect.objectContaining({ file: 'content/search-terms.yaml', field: 'pages.0', expected: expect.stringContaining('explainers/no-such-page/') }),
        expect.objectContaining({ entry: '第99条', field: 'majors', expected: expect.stringContaining('应写 majors 或 pages') }),
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('rejects a word that points at a major of another kind than the kinds a person reviewed', async () => {
    const problems = await problemsWith((c) => {
      terms(c).find((t) => t.words.includes('火车司机'))!.majors!.push('铁道供电技术', '计算机应用技术');
    });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/search-terms.yaml', field: 'majors.3', expected: expect.stringContaining('“计算机应用技术”属于计算机类') }),
    ]);
    const unreviewed = await problemsWith((c) => delete (terms(c).find((t) => t.words.includes('护士')) as { kinds?: string[] }).kinds);
    expect(unreviewed).toEqual([expect.objectContaining({ field: 'majors.0', expected: expect.stringContaining('kinds：未写') })]);
  });

  it('rejects a word listed twice and a word that is already a catalogue name', async () => {
    const problems = await problemsWith((c) => nursing(c).words.push('电脑', '护理'));
    expect(problems.map((p) => p.expected).sort()).toEqual([expect.stringContaining('“护理”已是专业目录名称'), expect.stringContaining('“电脑”已在')].sort());
    expect(problems).toHaveLength(2);
  });

  it('rejects a short name that is not an abbreviation of the name, or that two schools share', async () => {
    const problems = await problemsWith((c) => {
      entryData(c.schools, 'shanxi-changzhi-weisheng-xuexiao').searchNames = ['长治护校'];
      entryData(c.schools, 'hejin-zhiye-zhongxue').searchNames = ['职中'];
      entryData(c.schools, 'xiangning-zhiye-zhongxue').searchNames = ['乡宁职中', '职中'];
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'content/schools.yaml',
          field: 'searchNames.0',
          expected: '应为“山西省长治卫生学校”的简称（字都取自全称，顺序不变），实际为“长治护校”',
        }),
        expect.objectContaining({ file: 'content/schools.yaml', field: 'searchNames.0', expected: '简称“职中”已属于乡宁县职业中学，同一简称不能指两所学校' }),
      ]),
    );
    expect(problems).toHaveLength(2);
  });
});

describe('the catalogue of majors (content/catalogue/2021.tsv)', () => {
  it('refuses a major whose code, name or kinds disagree with the catalogue, unless it names its source', async () => {
    const problems = await problemsWith((c) => {
      entryData(c.majors, '720201').category = '教育与体育大类';
      entryData(c.majors, '520201').name = '护理学';
      c.majors.push({ file: 'content/majors.yaml', label: '第99条（id: 799999）', data: { id: '799999', name: '某新专业', level: '中职', category: '医药卫生大类', subcategory: '护理类' } });
      c.majors.push({
        file: 'content/majors.yaml',
        label: '第100条（id: 799998）',
        data: { id: '799998', name: '另一新专业', level: '中职', category: '医药卫生大类', subcategory: '护理类', source: '教育部2025年增补专业名单（示例出处）' },
      });
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'content/majors.yaml', field: 'id', expected: expect.stringContaining('专业大类应为“医药卫生大类”，写的是“教育与体育大类”') }),
        expect.objectContaining({ file: 'content/majors.yaml', field: 'id', expected: expect.stringContaining('名称应为“护理”，写的是“护理学”') }),
        expect.objectContaining({ entry: '第99条（id: 799999）', field: 'id', expected: expect.stringContaining('写明 source') }),
      ]),
    );
    expect(problems.filter((p) => p.entry.includes('799998'))).toEqual([]);
  });

  it('names a line of the catalogue it cannot read', async () => {
    const problems = await problemsWith((c) => {
      c.catalogue = { file: 'content/catalogue/2021.tsv', text: `${c.catalogue!.text.trimEnd()}\n12345\t半行\n` };
    });
    expect(problems).toEqual([expect.objectContaining({ file: 'content/catalogue/2021.tsv', entry: expect.stringMatching(/^第\d+行$/), expected: expect.stringContaining('以制表符分隔') })]);
  });
});

describe('a list’s further columns', () => {
  it('refuses a cell under a column the list does not declare, and text under a column of students', async () => {
    const problems = await problemsWith((c) => {
      const data = list(c) as { columns?: unknown[]; rows: { pairs: { extra?: Record<string, unknown> }[] }[] };
      data.columns = [{ heading: '招生计划', kind: 'students' }];
      data.rows[0]!.pairs[0]!.extra = { 招生计划: '四十', 学制: '五年' };
      data.rows[1]!.pairs[0]!.extra = { 招生计划: 40 };
    });
    expect(problems).toEqual([
      expect.objectContaining({ entry: '序号 1', field: 'pairs.0.extra.招生计划', expected: '“招生计划”是人数列，应为整数，写的是“四十”' }),
      expect.objectContaining({ entry: '序号 1', field: 'pairs.0.extra.学制', expected: expect.stringContaining('应为 columns 中列出的附加列（招生计划）') }),
    ]);
  });
});

describe('schema messages', () => {
  it('reads in Chinese, naming the file, the entry and the field, never in Zod’s English', async () => {
    const problems = await problemsWith((c) => {
      entryData(c.majors, '700102').level = '中专';
      entryData(c.majors, '700105').name = 5;
      delete entryData(c.schools, 'taiyuan-tielu-jixie-xuexiao').cityBasis;
    });
    const schema = problems.filter((p) => ['level', 'name', 'cityBasis'].includes(p.field));
    expect(schema).toEqual([
      expect.objectContaining({ file: 'content/schools.yaml', entry: '第1条（id: taiyuan-tielu-jixie-xuexiao）', field: 'cityBasis' }),
      expect.objectContaining({ file: 'content/majors.yaml', entry: '第1条（id: 700102）', field: 'level', expected: expect.stringContaining('期望以下之一 "中职"') }),
      expect.objectContaining({ file: 'content/majors.yaml', entry: '第2条（id: 700105）', field: 'name' }),
    ]);
    for (const p of problems) expect(p.expected, `${p.file} ${p.field}`).not.toMatch(/Invalid|expected|received/i);
    for (const p of schema) expect(p.expected).toMatch(/[\u4e00-\u9fff]/);
  });
});
