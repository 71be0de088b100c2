import { describe, expect, it } from 'vitest';
import { rawBlocks } from '../../src/pipeline/structure.ts';
import { assignRoles } from '../../src/pipeline/roles.ts';

const roles = (text: string) => assignRoles(rawBlocks(text)).map((b) => [b.role, b.run.text]);

describe('structure', () => {
  it('makes one block per line and keeps exact source offsets', () => {
    const text = '# 标题\n\n第一段。\n第二行。\n\n- 要点一。\n- 要点二。\n';
    const blocks = rawBlocks(text);
    expect(blocks.map((b) => [b.kind, b.run.text])).toEqual([
      ['heading', '标题'],
      ['paragraph', '第一段。'],
      ['paragraph', '第二行。'],
      ['list-item', '要点一。'],
      ['list-item', '要点二。'],
    ]);
    for (const b of blocks) expect(text.slice(b.run.offsets[0], b.run.offsets.at(-1)! + 1)).toBe(b.run.text);
  });

  it('keeps HTML and scripts as text, drops link targets', () => {
    const blocks = rawBlocks('<script>alert(1)</script>\n\n点击[这里](javascript:alert(1))。');
    expect(blocks.map((b) => b.run.text)).toEqual(['<script>alert(1)</script>', '点击这里。']);
  });
});

describe('roles', () => {
  it('recognises layout roles from their words', () => {
    const text = [
      '聚焦西部新区——', '', '向新赋能', '', '本报记者 王五', '', '夯实绿色发展底色', '',
      '正文第一句。', '', '（下转第三版）', '', '(张三 李四)', '', '■短评', '', '权威发布', '', '据新华社', '',
      '会场一角。', '', '记者 赵六 摄/视觉重庆',
    ].join('\n');
    expect(roles(text)).toEqual([
      ['box-label', '聚焦西部新区——'],
      ['heading', '向新赋能'],
      ['byline', '本报记者 王五'],
      ['heading', '夯实绿色发展底色'],
      ['paragraph', '正文第一句。'],
      ['continuation', '（下转第三版）'],
      ['byline', '(张三 李四)'],
      ['column', '■短评'],
      ['column', '权威发布'],
      ['byline', '据新华社'],
      ['caption', '会场一角。'],
      ['credit', '记者 赵六 摄/视觉重庆'],
    ]);
  });

  it('takes a line that is only a date stamp for a byline, and a heading with a date for a heading', () => {
    const text = ['云南清洁能源装机突破一亿千瓦', '', '2025年12月28日　来源：云南日报', '', '2024-05-06 08:30', '', '2025年12月28日的一次会议', '', '正文。'].join('\n');
    expect(roles(text)).toEqual([
      ['heading', '云南清洁能源装机突破一亿千瓦'],
      ['byline', '2025年12月28日　来源：云南日报'],
      ['byline', '2024-05-06 08:30'],
      ['heading', '2025年12月28日的一次会议'],
      ['paragraph', '正文。'],
    ]);
  });

  it('takes a paper’s reporter line (四川日报全媒体记者 周强) and a dateline with its reporter for bylines, not headings', () => {
    const text = ['会理：石榴红了', '', '四川日报全媒体记者 周强', '', '本报乌鲁木齐11月30日电（记者　阿依古丽）', '', '正文。', '', '四川日报的一次报道', '', '正文。'].join('\n');
    expect(roles(text)).toEqual([
      ['heading', '会理：石榴红了'],
      ['byline', '四川日报全媒体记者 周强'],
      ['byline', '本报乌鲁木齐11月30日电（记者　阿依古丽）'],
      ['paragraph', '正文。'],
      ['heading', '四川日报的一次报道'],
      ['paragraph', '正文。'],
    ]);
  });

  it('takes a page head (a date with its weekday, the paper’s name alone) for bylines, not the title', () => {
    const text = ['2025年11月20日　星期四', '', '重庆日报', '', '陆海新通道跑出“加速度”', '', '正文。'].join('\n');
    expect(roles(text)).toEqual([
      ['byline', '2025年11月20日　星期四'],
      ['byline', '重庆日报'],
      ['heading', '陆海新通道跑出“加速度”'],
      ['paragraph', '正文。'],
    ]);
  });

  it('takes a page head that names the paper, the date and the page on one line for a byline (经济日报 2025年3月12日 星期三 第5版)', () => {
    const text = ['经济日报 2025年3月12日 星期三 第5版', '', '宁夏：枸杞产业链产值突破300亿元', '', '正文。', '', '人民日报　2025年3月13日　第2版：要闻', '', '2025年3月12日的会议', '', '正文。'].join('\n');
    expect(roles(text)).toEqual([
      ['byline', '经济日报 2025年3月12日 星期三 第5版'],
      ['heading', '宁夏：枸杞产业链产值突破300亿元'],
      ['paragraph', '正文。'],
      ['byline', '人民日报　2025年3月13日　第2版：要闻'],
      ['heading', '2025年3月12日的会议'],
      ['paragraph', '正文。'],
    ]);
  });

  it('splits a credit glued to the next caption and one at the end of a caption', () => {
    const text = '甲地收看新闻。\n\n记者 张某 摄/视觉重庆4月1日，乙地收看新闻。\n\n记者 李某 摄/视觉重庆\n\n丙地展区一角。 王某/摄';
    expect(roles(text)).toEqual([
      ['caption', '甲地收看新闻。'],
      ['credit', '记者 张某 摄/视觉重庆'],
      ['caption', '4月1日，乙地收看新闻。'],
      ['credit', '记者 李某 摄/视觉重庆'],
      ['caption', '丙地展区一角。'],
      ['credit', '王某/摄'],
    ]);
  });

  it('marks a run of short unpunctuated lines as filler, but not two headings', () => {
    const verse = roles('正文。\n\n春风吹绿\n夏雨润田\n秋实满仓\n冬雪兆丰');
    expect(verse.filter(([r]) => r === 'filler')).toHaveLength(4);
    const headings = roles('科技创新 产业焕新\n\n开放加力 发展见力\n\n正文。');
    expect(headings.filter(([r]) => r === 'heading')).toHaveLength(2);
  });
});

describe('character offsets through markdown rewrites', () => {
  it('map every character of a text node to its source character', async () => {
    const { alignToSource } = await import('../../src/pipeline/structure.ts');
    const cases: [string, string][] = [
      ['西部*地区', '西部\\*地区'],
      ['A&B增长', 'A&amp;B增长'],
      ['达到26.9万亿元\n同比', '达到26.9万亿元 \n同比'],
      ['西部\n生产总值', '西部\n  生产总值'],
    ];
    for (const [value, raw] of cases) {
      const offsets = alignToSource(value, raw);
      value.split('').forEach((ch, i) => {
        if (ch !== '&') expect(raw[offsets[i]!], `${raw} @${i}`).toBe(ch);
      });
    }
  });
});

describe('a text that still starts with a BOM', () => {
  it('keeps offsets into the text as given', () => {
    const text = '\uFEFF占全国国土面积七成多。';
    const [block] = rawBlocks(text);
    const i = block!.run.text.indexOf('七');
    expect(text[block!.run.offsets[i]!]).toBe('七');
  });
});
