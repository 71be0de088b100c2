import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nonFigureReason } from '../../src/pipeline/non-figures.ts';
import { findNumbers } from '../../src/pipeline/numbers.ts';

/** The reason for the number written `surface` (its first occurrence in `text`). */
function reasonOf(text: string, surface: string): string | null {
  const at = text.indexOf(surface);
  expect(at, `${surface} in ${text}`).toBeGreaterThanOrEqual(0);
  return nonFigureReason(text, { start: at, end: at + surface.length });
}

/** Reasons of every number findNumbers reports in `text`, by surface. */
function reasons(text: string): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const m of findNumbers(text)) out[text.slice(m.start, m.end)] = nonFigureReason(text, m);
  return out;
}

describe('nonFigureReason', () => {
  it('recognises dates and clock times', () => {
    expect(reasons('4月23日下午，习近平在重庆')).toEqual({ '4': 'date', '23': 'date' });
    expect(reasons('在商务部2月27日举行的发布会上')).toEqual({ '2': 'date', '27': 'date' });
    expect(reasons('2024年3月28日，首趟班列')).toEqual({ '2024': 'date', '3': 'date', '28': 'date' });
    expect(reasons('特别是2019年5月中共中央')).toEqual({ '2019': 'date', '5': 'date' });
    expect(reasons('截至6月初')).toEqual({ '6': 'date' });
    expect(reasons('四月二十三日，长安汽车')).toEqual({ '二十三': 'date' });
    expect(reasonOf('四月二十三日', '四')).toBe('date');
    expect(reasons('上午10点半开幕')).toEqual({ '10': 'date' });
    expect(reasons('会议于10:30开始')).toEqual({ '10': 'date', '30': 'date' });
    expect(reasons('发布于2024-03-28')).toEqual({ '2024': 'date', '03': 'date', '28': 'date' });
    expect(reasons('上世纪90年代')).toEqual({ '90': 'date' });
  });

  it('recognises a year as a period, not a figure', () => {
    expect(reasons('2024年，西部地区')).toEqual({ '2024': 'year' });
    expect(reasons('较2019年增长37%')).toEqual({ '2019': 'year', '37%': null });
    expect(reasons('2019—2023年，年均增长4.9%')).toEqual({ '2019—2023': 'year', '4.9%': null });
    expect(reasons('二〇二四年')).toEqual({ '二〇二四': 'year' });
    expect(reasons('入选2024“一带一路”建设案例')).toEqual({ '2024': 'year' });
  });

  it('keeps real figures, including four-digit counts and durations', () => {
    expect(reasons('已开行中欧班列2055列，运输货物达96万标箱')).toEqual({ '2055': null, '96万': null });
    expect(reasons('连续7年实现增长，3只8个月大的藏羚羊')).toEqual({ '7': null, '3': null, '8': null });
    expect(reasons('竞争力指数提高到85.6，')).toEqual({ '85.6': null });
    expect(reasons('占全国国土面积七成多')).toEqual({ '七成多': null });
    expect(reasons('两周内能抵达东盟')).toEqual({ '两': null });
    expect(reasons('GDP增长5.3%')).toEqual({ '5.3%': null });
    expect(reasons('GDP5.3%')).toEqual({ '5.3%': null });
    expect(reasons('形成全国百个质量强链重点项目')).toEqual({ '百': null });
  });

  it('recognises codes glued to letters, joined by plus signs or alone in quotes', () => {
    expect(reasons('G318川藏段')).toEqual({ '318': 'code' });
    expect(reasons('汾渭平原PM2.5平均浓度')).toEqual({ '2.5': 'code' });
    expect(reasons('全球首条400G算力通道')).toEqual({ '400': 'code' });
    expect(reasons('3D打印，5G网络')).toEqual({ '3': 'code', '5': 'code' });
    expect(reasons('COVID-19疫情')).toEqual({ '19': 'code' });
    expect(reasons('培育“33618”现代制造业集群体系')).toEqual({ '33618': 'code' });
    expect(reasons('紧扣“416”科技创新布局')).toEqual({ '416': 'code' });
    expect(reasons('在建设‘33618’现代制造业')).toEqual({ '33618': 'code' });
    expect(reasons('构建“3+2”现代产业体系，打造“6+X”产业，“1+N”政策')).toEqual({ '3': 'code', '2': 'code', '6': 'code', '1': 'code' });
    expect(reasons('构建“3+\n\n2”现代产业体系')).toEqual({ '3': 'code', '2': 'code' });
    expect(reasonOf('长江干流全线达到Ⅱ类水质', 'Ⅱ类')).toBe('code');
    expect(reasonOf('人工智能AI应用', 'AI')).toBe('code');
    expect(reasons('发送5000TEU')).toEqual({ '5000': null });
  });

  it('recognises versions', () => {
    expect(reasons('“满天星”行动计划2.0，坚持')).toEqual({ '2.0': 'version' });
    expect(reasons('《节能与新能源汽车技术路线图2.0》')).toEqual({ '2.0': 'version' });
    expect(reasons('推出3.0版')).toEqual({ '3.0': 'version' });
    expect(reasonOf('升级到1.2.3', '1.2')).toBe('version');
  });

  it('recognises ordinals', () => {
    expect(reasonOf('（下转第三版）', '三')).toBe('ordinal');
    expect(reasonOf('（下转第三版）', '第三版')).toBe('ordinal');
    expect(reasons('党的十八大以来')).toEqual({ '十八': 'ordinal' });
    expect(reasons('党的二十大报告')).toEqual({ '二十': 'ordinal' });
    expect(reasons('党的十九届三中全会')).toEqual({ '十九': 'ordinal' });
    expect(reasons('成立75周年')).toEqual({ '75': 'ordinal' });
    expect(reasonOf('首届中国—中亚峰会', '首届')).toBe('ordinal');
  });

  it('recognises names with numbers', () => {
    expect(reasonOf('共建“一带一路”', '一')).toBe('name');
    expect(reasonOf('“三北”工程', '三')).toBe('name');
    expect(reasonOf('打好“三北”工程三大标志性战役', '三大')).toBe('name');
    expect(reasonOf('实施质量强链十大标志性项目', '十')).toBe('name');
    expect(reasonOf('“十四五”规划', '十四')).toBe('name');
    expect(reasonOf('四链融合', '四')).toBe('name');
    expect(reasonOf('老挝首都万象', '万')).toBe('name');
    expect(reasons('抓实长江“十年禁渔”')).toEqual({ '十': 'name' });
    expect(reasons('科技、教育、人才“三位一体”')).toEqual({ '三': 'name' });
    expect(reasons('实现“双百亿元”总体目标')).toEqual({ '百亿': 'name' });
    expect(reasons('中国科技50强榜单')).toEqual({ '50': 'name' });
    expect(reasons('保持两位数增长')).toEqual({ '两': 'name' });
    expect(reasons('构建起智能终端5000亿级产业集群')).toEqual({ '5000亿': 'name' });
    expect(reasons('双11期间')).toEqual({ '11': 'name' });
  });

  it('recognises technical ratings, specifications and the base of a per-unit rate', () => {
    expect(reasons('青海—河南±800千伏特高压直流工程')).toEqual({ '800': 'model' });
    expect(reasons('渝昆高铁设计时速350公里')).toEqual({ '350': 'specification' });
    expect(reasons('每卖出10辆新能源汽车')).toEqual({ '10': 'per-unit' });
    expect(reasons('每增加1元产值')).toEqual({ '1': 'per-unit' });
    expect(reasons('每天开行4列')).toEqual({ '4': null });
  });

  it('returns null for spans without a number and for bad spans', () => {
    expect(nonFigureReason('西部地区', { start: 0, end: 4 })).toBeNull();
    expect(nonFigureReason('2024年', { start: 3, end: 1 })).toBeNull();
    expect(nonFigureReason('2024年', { start: -10, end: 100 })).toBe('year');
    expect(nonFigureReason('2024年', { start: Number.NaN, end: 2 })).toBeNull();
    expect(nonFigureReason('', { start: 0, end: 0 })).toBeNull();
  });
});

describe('gold traps of the seed articles', () => {
  it('gives a reason for every trap surface that findNumbers reports', () => {
    const sentences = [
      '汾渭平原2024年PM2.5平均浓度较2017年下降33.9%。',
      '2月10日上午，一列满载通信设备产品的中亚班列从重庆团结村中心站缓缓驶出。',
      '全球首条400G算力通道正为东数西算提供支撑。',
      '成渝高速全线通车，G318川藏段建成“超充走廊”。',
      '加快完善服务消费“1+N”政策措施体系。',
      '实施质量强链十大标志性项目。',
      '储能、合成生物、3D打印制药等一批具有发展潜力的新赛道。',
      '中共中央总书记习近平23日下午在重庆主持召开座谈会。',
      '特别是2019年5月中共中央、国务院印发《指导意见》后。',
      '截至4月9日，霍尔果斯铁路口岸2024年已开行中欧班列2055列。',
      '打好“三北”工程三大标志性战役。',
      '党的十八大以来，西部地区经济社会发展取得重大历史性成就。',
    ];
    const figures = ['33.9%', '2055'];
    for (const sentence of sentences) {
      for (const m of findNumbers(sentence)) {
        const surface = sentence.slice(m.start, m.end);
        const reason = nonFigureReason(sentence, m);
        if (figures.includes(surface)) expect(reason, surface).toBeNull();
        else expect(reason, `${surface} in ${sentence}`).not.toBeNull();
      }
    }
  });
});

describe('properties', () => {
  const REASONS = [null, 'date', 'year', 'code', 'ordinal', 'name', 'version', 'model', 'per-unit', 'specification'];
  const NUMBERISH = [...'0123456789０１.．%一二两三十百千万亿零〇第年月日号时点大届强级“”‘’《》+±GDPM-— ，。'];

  it('never throws on any text and any span', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.string({ unit: fc.constantFrom(...NUMBERISH), maxLength: 40 }),
    );
    fc.assert(
      fc.property(anyText, fc.integer({ min: -5, max: 70 }), fc.integer({ min: -5, max: 70 }), (text, start, end) => {
        expect(REASONS).toContain(nonFigureReason(text, { start, end }));
        for (const m of findNumbers(text)) expect(REASONS).toContain(nonFigureReason(text, m));
      }),
      { numRuns: 1500 },
    );
  });
});
