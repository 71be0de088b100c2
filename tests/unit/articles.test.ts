import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/pipeline/document.ts';

const doc = (text: string) => readDocument({ stem: 'f', text });

describe('splitting a page into articles', () => {
  it('splits at a closing byline, a column label and a top-level title', () => {
    const text = [
      '主标题', '', '——副标题', '', '第一篇正文。', '', '(张三 李四)', '',
      '权威发布', '', '某部： 发布新规', '', '第二篇正文。', '', '(王五)', '',
      '# 第三篇标题', '', '第三篇正文。',
    ].join('\n');
    const d = doc(text);
    expect(d.articles.map((a) => [a.id, a.title, a.column ?? null])).toEqual([
      ['f', '主标题', null],
      ['f-2', '某部： 发布新规', '权威发布'],
      ['f-3', '第三篇标题', null],
    ]);
    expect(d.articles[0]!.subtitle).toBe('——副标题');
  });

  it('keeps a sidebar box (数读 and its items) inside the story it is printed in, and the story going on after it', () => {
    const text = [
      '陆海新通道跑出“加速度”', '', '今年1—10月，通道班列发送集装箱86.5万标箱，同比增长9.6%。', '',
      '数读', '', '■ 9.6% 集装箱发送量同比增速', '', '■ 580个 通道通达港口数', '',
      '据介绍，重庆经通道运输的货物中，电子产品占比超过三成。', '', '（下转第三版）', '',
      '短评', '', '通道建设要久久为功。', '',
    ].join('\n');
    const d = doc(text);
    expect(d.articles.map((a) => a.title)).toEqual(['陆海新通道跑出“加速度”', '短评']);
    const story = d.articles[0]!;
    expect(story.blocks.map((b) => [b.role, b.text]).slice(2, 6)).toEqual([
      ['box-label', '数读'],
      ['list-item', '■ 9.6% 集装箱发送量同比增速'],
      ['list-item', '■ 580个 通道通达港口数'],
      ['paragraph', '据介绍，重庆经通道运输的货物中，电子产品占比超过三成。'],
    ]);
  });

  it('ends an article at a continuation marker and finds a title printed after the next piece', () => {
    const text = [
      '# 甲文标题', '', '甲文正文。', '', '（下转第三版）', '',
      '乙文正文第一句，讲述考察情况。', '', '（新华社北京4月24日电）', '',
      '乙文的标题，在文末', '', '# 丙文标题', '', '丙文正文。',
    ].join('\n');
    const d = doc(text);
    expect(d.articles.map((a) => [a.title, a.titleMethod])).toEqual([
      ['甲文标题', 'heading'],
      ['乙文的标题，在文末', 'trailing-title'],
      ['丙文标题', 'heading'],
    ]);
  });

  it('leaves filler verse out of every article and reports it', () => {
    const d = doc('标题\n\n正文一句。\n\n春风吹绿\n夏雨润田\n秋实满仓\n冬雪兆丰');
    expect(d.articles).toHaveLength(1);
    expect(d.articles[0]!.blocks.some((b) => b.text.includes('春风'))).toBe(false);
    expect(d.leftOut.map((l) => l.text)).toEqual(['春风吹绿', '夏雨润田', '秋实满仓', '冬雪兆丰']);
  });

  it('takes the heading after a photo (caption, then 记者 X 摄) for the next story’s title, not the caption', () => {
    const text = [
      '前10月宁夏外贸增长两成', '', '本报银川11月12日电　今年前10个月，宁夏外贸增长20.3%。', '', '（记者　王璐）', '',
      '图为宁东能源化工基地。宁东基地实现工业产值1380亿元。　记者　马楠　摄', '',
      '内蒙古牛奶产量突破700万吨', '', '本报呼和浩特11月12日电　全区牛奶产量达到540万吨。',
    ].join('\n');
    const d = doc(text);
    expect(d.articles.map((a) => a.title)).toEqual(['前10月宁夏外贸增长两成', '内蒙古牛奶产量突破700万吨']);
  });

  it('uses a kicker ending in a dash before the title', () => {
    const d = doc('聚焦西部新区——\n\n向新赋能\n\n本报记者 王五\n\n正文。');
    expect(d.articles[0]).toMatchObject({ kicker: '聚焦西部新区——', title: '向新赋能' });
  });
});

describe('sentences', () => {
  it('split at Chinese terminals, keep closing quotes, and point at exact source characters', () => {
    const text = '标题\n\n“环境越来越好。”他说。今年增长11%！是吗？对；好……下一句';
    const d = doc(text);
    const sentences = d.articles[0]!.sentences.filter((s) => s.block > 0);
    expect(sentences.map((s) => s.text)).toEqual(['“环境越来越好。”', '他说。', '今年增长11%！', '是吗？', '对；', '好……', '下一句']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('segment with nodejieba and the domain dictionary, numbers kept whole', async () => {
    const { segment } = await import('../../src/pipeline/segment.ts');
    expect(segment('西部陆海新通道运输货物达10,457.2万标箱').map((t) => t.word)).toEqual(['西部陆海新通道', '运输', '货物', '达', '10,457.2', '万', '标箱']);
    expect(doc('标题\n\n西部陆海新通道运输货物达96万标箱。').articles[0]!.keywords).toContain('西部陆海新通道');
  });
});
