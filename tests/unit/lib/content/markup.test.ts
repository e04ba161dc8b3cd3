import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../../../src/lib/content/text.ts';
import { unsafeMarkup, urlScheme } from '../../../../src/lib/content/markup.ts';

const found = (body: string) => unsafeMarkup(body).map((p) => `${p.line}: ${p.found}`);

describe('unsafeMarkup: the HTML a document or explainer may write', () => {
  it('lets the markup the documents use through', () => {
    const body = [
      '<p class="signature" id="intro">山西省教育厅</p>',
      '<table><caption>名单</caption><thead><tr><th scope="col">序号</th></tr></thead><tbody><tr><td colspan="2">1</td></tr></tbody></table>',
      '<section class="attachment" aria-labelledby="a1"><h2 id="a1">附件</h2></section>',
      '<div data-five-year-list="2025"></div>',
      '[原文](https://www.example.gov.cn/a.html) 与 <a href="/policies/opinion-2023/#clause-6">第（六）条</a>，<a href="mailto:a@b.cn">信箱</a>',
      '<Cite doc="opinion-2023" at="clause-6">第（六）条</Cite> <!-- <script>note</script> -->',
    ].join('\n');
    expect(found(body)).toEqual([]);
  });

  it('refuses scripts, styles, frames and forms, naming the line', () => {
    const body = '第一行\n<script>alert(1)</script>\n<iframe src="/x"></iframe>\n<style>p{}</style>\n<form action="/x"></form>';
    expect(found(body)).toEqual(['2: <script>', '3: <iframe src="/x">', '4: <style>', '5: <form action="/x">']);
  });

  it('refuses event handlers and inline styles on allowed elements', () => {
    const problems = unsafeMarkup('<p onclick="x()">a</p>\n<span style="color:red" onmouseover=\'y()\'>b</span>\n<td ONERROR=z>');
    expect(problems.map((p) => p.line)).toEqual([1, 2, 2, 3]);
    expect(problems[0]?.expected).toContain('事件处理属性 onclick');
    expect(problems[1]?.expected).toContain('属性 style');
  });

  it('refuses javascript:, vbscript: and data: links in HTML and in Markdown, however they are disguised', () => {
    const body = [
      '<a href="javascript:alert(1)">a</a>',
      '<a href="  JaVaScRiPt:alert(1)">b</a>',
      '<a href="java&#x73;cript:alert(1)">c</a>',
      '[链接](javascript:alert(11))',
      '[图](<data:text/html,x>)',
      '<vbscript:msgbox>',
    ].join('\n');
    expect(unsafeMarkup(body).map((p) => p.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(urlScheme('java\tscript:x')).toBe('javascript');
    expect(urlScheme('/policies/')).toBeNull();
  });

  it('finds nothing in the real documents and explainers', () => {
    for (const folder of ['content/policies', 'content/explainers']) {
      for (const name of readdirSync(folder)) {
        const parts = splitFrontmatter(readFileSync(`${folder}/${name}`, 'utf8'));
        expect(parts, name).not.toBeNull();
        expect(unsafeMarkup(parts?.body ?? ''), name).toEqual([]);
      }
    }
  });
});
