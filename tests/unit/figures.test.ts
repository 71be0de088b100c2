import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/pipeline/document.ts';
import { extractFigures } from '../../src/pipeline/figures.ts';
import { contractFigure } from '../../src/pipeline/contract.ts';
import type { CalendarDate, Figure } from '../../src/pipeline/types.ts';
import unitLexicon from '../../src/pipeline/lexicon/units.json' with { type: 'json' };

const PUBLISHED: CalendarDate = { year: 2025, month: 3, day: 1 };

function figures(body: string, published: CalendarDate | null = PUBLISHED, title = '测试标题'): Figure[] {
  const text = `${title}\n\n${body}`;
  const article = readDocument({ stem: 't', text }).articles[0]!;
  const found = extractFigures({ blocks: article.blocks, sentences: article.sentences, title }, published);
  for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.surface);
  return found;
}
const pick = (fs: Figure[], surface: string) => {
  const f = fs.find((x) => x.surface === surface);
  expect(f, surface).toBeDefined();
  return f!;
};

describe('figures', () => {
  it('reads a level, a year-on-year change and the indicator the change qualifies', () => {
    const fs = figures('2024年，宁夏外贸进出口总额达250.5亿元，同比增长12.3%。');
    expect(pick(fs, '250.5亿元')).toMatchObject({ value: 25050000000, unit: 'CNY', measure: 'level', indicator: 'trade', region: '宁夏', period: '2024' });
    expect(pick(fs, '12.3%')).toMatchObject({ value: 12.3, unit: 'percent', measure: 'change', indicator: 'trade', region: '宁夏', period: '2024' });
  });

  it('gives each end of a from–to sentence its own year and the average growth the interval', () => {
    const fs = figures('甘肃地区生产总值从2018年的0.8万亿元增长至2022年的1.1万亿元，年均增长5.1%。');
    expect(pick(fs, '0.8万亿元')).toMatchObject({ indicator: 'gdp', period: '2018', value: 800000000000 });
    expect(pick(fs, '1.1万亿元')).toMatchObject({ indicator: 'gdp', period: '2022' });
    expect(pick(fs, '5.1%')).toMatchObject({ measure: 'cagr', indicator: 'gdp', period: '2018/2022' });
  });

  it('gives no figure outside it the place of the field a sentence picks from (在全国31个省份中，贵州…)', () => {
    const fs = figures('在全国31个省份中，贵州经济增速连续多年位居前列，今年前三季度增长5.8%。');
    expect(pick(fs, '5.8%').region).toBe('贵州');
    expect(pick(fs, '31个').region).toBe('全国');
  });

  it('puts 去年同期 in the same part of last year as this year’s part before it, else in no period', () => {
    const july: CalendarDate = { year: 2025, month: 7, day: 20 };
    const fs = figures('上半年，全省进出口增长5%，去年同期增长2.1%。', july);
    expect(pick(fs, '5%').period).toBe('2025-H1');
    expect(pick(fs, '2.1%').period).toBe('2024-H1');
    expect(pick(figures('去年同期，全省进出口增长仅2.1%。', july), '2.1%').period).toBeNull();
    // A year written out (2024年同期, 2023年同期) is the same part of that year.
    const years = figures('上半年，全省进出口增长5%，2024年同期增长2.1%，2023年同期增长1.5%。', july);
    expect(pick(years, '2.1%').period).toBe('2024-H1');
    expect(pick(years, '1.5%').period).toBe('2023-H1');
    expect(pick(figures('2024年同期，全省进出口增长2%。', july), '2%').period).toBeNull();
    // A base (比去年同期) is not the figure's period at all.
    expect(pick(figures('上半年，全省进出口比去年同期增长5%。', july), '5%').period).toBe('2025-H1');
  });

  it('gives no figure the place of where its numbers come from (据南宁海关统计, 记者从广西壮族自治区商务厅获悉)', () => {
    const trade = figures('据南宁海关统计，前10个月，广西外贸进出口总值5368.7亿元，比去年同期增长6.1%，其中出口2817.3亿元，增长11.2%。', { year: 2024, month: 11, day: 20 });
    expect(pick(trade, '5368.7亿元').region).toBe('广西');
    expect(pick(trade, '2817.3亿元').region).toBe('广西');
    const corridor = figures('记者从广西壮族自治区商务厅获悉，今年1—10月，西部陆海新通道海铁联运班列累计开行8126列。', { year: 2024, month: 11, day: 20 });
    expect(pick(corridor, '8126列').region).toBeNull();
  });

  it('hands the n-th figure after 分别 the n-th kind listed before it (城镇、农村居民…分别增长4.5%和7.9%)', () => {
    const fs = figures('过去一年，全区城镇、农村居民人均可支配收入分别增长4.5%和7.9%。');
    expect(pick(fs, '4.5%')).toMatchObject({ indicator: 'disposable_income', detail: '城镇居民' });
    expect(pick(fs, '7.9%')).toMatchObject({ indicator: 'disposable_income', detail: '农村居民' });
  });

  it('gives no figure the place of a list after a route or comparison word (经霍尔果斯、阿拉山口口岸), and reads 中欧（中亚）班列', () => {
    // What went by a route is a part of some total: no indicator either.
    const fs = figures('2024年，经霍尔果斯、阿拉山口口岸进出境中欧（中亚）班列1.6万列，增长10.8%。');
    expect(pick(fs, '1.6万列')).toMatchObject({ indicator: null, region: null });
    const cargo = figures('2024年，经钦州港出海的重庆货物达到18万标箱。');
    expect(pick(cargo, '18万标箱')).toMatchObject({ indicator: null });
    const port = figures('2024年，阿拉山口口岸进出境中欧（中亚）班列6820列。');
    expect(pick(port, '6820列')).toMatchObject({ indicator: 'china_europe_trains', region: '阿拉山口口岸' });
    // 与 between two places of the country joins them: both places' figure, neither's alone.
    const pair = figures('四川与重庆两地地区生产总值合计超过9.6万亿元。');
    expect(pick(pair, '9.6万亿元')).toMatchObject({ indicator: null, region: null });
    expect(pick(figures('四川与重庆相比，地区生产总值高出3万亿元。'), '3万亿元').region).toBe('四川');
    // 与 and a partner abroad: the place's trade with it, a part of its trade.
    const partner = figures('2024年，重庆与东盟进出口总额1500亿元，与欧盟进出口800亿元。');
    expect(pick(partner, '1500亿元')).toMatchObject({ indicator: 'trade', detail: '对东盟', region: '重庆' });
    expect(pick(partner, '800亿元')).toMatchObject({ indicator: null, region: '重庆' });
    // Partners written together with no joiner (对南亚东南亚) are all partners.
    const partners = figures('2024年，云南对南亚东南亚进出口1500亿元。');
    expect(pick(partners, '1500亿元')).toMatchObject({ indicator: null, region: '云南' });
  });

  it('gives a level whose clause opens with a verb and its object not the quantity of the figure before (治理荒漠化土地90万亩)', () => {
    const fs = figures('2024年，全区完成营造林100万亩，治理荒漠化土地90万亩。');
    expect(pick(fs, '100万亩')).toMatchObject({ indicator: 'afforestation', detail: '营造林' });
    expect(pick(fs, '90万亩')).toMatchObject({ indicator: null, detail: null });
    // A clause of a place or a time only still counts the same quantity.
    const listed = figures('2024年，银川市地区生产总值2800亿元，石嘴山市650亿元。');
    expect(pick(listed, '650亿元')).toMatchObject({ indicator: 'gdp', region: '石嘴山' });
  });

  it('gives a household’s figures no indicator (他家…全家年收入超过15万元，人均可支配收入达到3.1万元)', () => {
    const fs = figures('走进毕节市七星关区，村民杨光明告诉记者，他家去年卖辣椒5万多元，全家年收入超过15万元，人均可支配收入达到3.1万元。', PUBLISHED, '贵州毕节：日子越过越红火');
    expect(pick(fs, '3.1万元').indicator).toBeNull();
    const place = figures('2024年，毕节市农村居民人均可支配收入16200元，同比增长8.1%。');
    expect(pick(place, '16200元')).toMatchObject({ indicator: 'disposable_income', region: '毕节' });
  });

  it('gives a university’s or a hospital’s figures no indicator of the place in its name (重庆大学研发投入)', () => {
    const university = figures('2024年，重庆大学研发投入超过20亿元。');
    expect(pick(university, '20亿元')).toMatchObject({ indicator: null, region: '重庆' });
    const hospital = figures('2024年，四川大学华西医院营业收入达到300亿元。');
    expect(pick(hospital, '300亿元').indicator).toBeNull();
    const place = figures('2024年，重庆研发投入超过900亿元。');
    expect(pick(place, '900亿元')).toMatchObject({ indicator: 'rd_spending', region: '重庆' });
  });

  it('gives no figure the place after it in another clause (…达到1.5万列，北部湾港集装箱吞吐量…)', () => {
    const fs = figures('根据规划，到2027年，西部陆海新通道海铁联运班列年开行量将达到1.5万列，北部湾港集装箱吞吐量力争达到1000万标箱。');
    expect(pick(fs, '1.5万列').region).toBeNull();
    expect(pick(fs, '1000万标箱').region).toBe('北部湾港');
  });

  it('gives a level whose clause is only a verb (增长20%，达到1.2万列) the indicator of the change before it', () => {
    const fs = figures('2024年，中欧班列开行量同比增长20%，达到1.2万列。');
    expect(pick(fs, '1.2万列')).toMatchObject({ indicator: 'china_europe_trains', measure: 'level', period: '2024' });
    const income = figures('2024年，城镇居民人均可支配收入增长4.5%，达到4.2万元。');
    expect(pick(income, '4.2万元')).toMatchObject({ indicator: 'disposable_income', detail: '城镇居民' });
    // A level with words of its own is not the change's quantity.
    const own = figures('2024年，中欧班列开行量同比增长20%，货值达到800亿元。');
    expect(pick(own, '800亿元').indicator).toBeNull();
  });

  it('reads 人均 before an indicator named in an earlier clause than the figure (人均GDP仍有较大差距，仅为东部地区的60%左右)', () => {
    const fs = figures('与东部地区相比，西部地区人均GDP仍有较大差距，仅为东部地区的60%左右。');
    expect(pick(fs, '60%')).toMatchObject({ indicator: 'gdp', detail: '人均' });
    const total = figures('西部地区GDP增长较快，占全国的21.5%。');
    expect(pick(total, '21.5%').detail).not.toContain('人均');
  });

  it('carries a year that opens a sentence before its subject (2024年全省…；人均…) over its semicolons, as a clause of its own does', () => {
    const bulletin = figures('2024年全省生产总值33806亿元，比上年增长5.3%；人均生产总值85500元。');
    expect(pick(bulletin, '85500元')).toMatchObject({ indicator: 'gdp', period: '2024' });
    const placed = figures('陕西省2024年全省生产总值33806亿元，比上年增长5.3%；人均生产总值85500元。');
    expect(pick(placed, '85500元').period).toBe('2024');
    const own = figures('2024年全省生产总值33806亿元；2023年为32000亿元。');
    expect(pick(own, '32000亿元').period).toBe('2023');
    const inner = figures('全省生产总值33806亿元，2024年比上年增长5.3%；人均生产总值85500元。');
    expect(pick(inner, '85500元').period).toBeNull();
  });

  it('reads a part of a year written without one that ends more than half a year after publication as last year’s (前三季度 in January)', () => {
    const january = { year: 2026, month: 1, day: 20 };
    expect(pick(figures('前三季度，四川地区生产总值增长5.6%。', january), '5.6%')).toMatchObject({ period: '2025-01/2025-09', goal: false });
    expect(pick(figures('四季度，四川地区生产总值增长5.9%。', { year: 2026, month: 3, day: 5 }), '5.9%')).toMatchObject({ period: '2025-Q4', goal: false });
    // Still this year's: a goal or forecast, a year written, a part soon to come.
    expect(pick(figures('前三季度，四川地区生产总值力争增长6%。', january), '6%')).toMatchObject({ period: '2026-01/2026-09', goal: true });
    expect(pick(figures('今年前三季度，四川地区生产总值增长5.6%。', january), '5.6%').period).toBe('2026-01/2026-09');
    expect(pick(figures('四季度，四川地区生产总值增长6%。', { year: 2025, month: 10, day: 15 }), '6%').period).toBe('2025-Q4');
    expect(pick(figures('下半年，四川地区生产总值增长6%。', { year: 2025, month: 6, day: 20 }), '6%').period).toBe('2025-H2');
  });

  it('reads a bare 全年 early in a year as last year, unless a goal or forecast word says this one', () => {
    const january = { year: 2026, month: 1, day: 20 };
    expect(pick(figures('全年，四川地区生产总值增长5.6%。', january), '5.6%')).toMatchObject({ period: '2025', goal: false });
    expect(pick(figures('全年地区生产总值预期增长5%左右。', january), '5%')).toMatchObject({ period: null, goal: true });
    expect(pick(figures('力争全年开行班列突破800列。', january), '800列')).toMatchObject({ period: null, goal: true });
    expect(pick(figures('全年，四川地区生产总值增长5.6%。', { year: 2025, month: 10, day: 15 }), '5.6%').period).toBeNull();
  });

  it('gives no figure a period that a later time word stands between (2012年…，如今已超过3万亿元)', () => {
    const now = figures('2012年，重庆地区生产总值只有1.1万亿元，如今已超过3万亿元。');
    expect(pick(now, '1.1万亿元')).toMatchObject({ indicator: 'gdp', period: '2012' });
    expect(pick(now, '3万亿元').period).toBeNull();
    const chained = figures('2012年，重庆地区生产总值只有1.1万亿元；目前已超过3万亿元。');
    expect(pick(chained, '3万亿元').period).toBeNull();
    const later = figures('2012年，重庆地区生产总值为1.1万亿元，此后连续增长，2024年达到3.2万亿元。');
    expect(pick(later, '3.2万亿元').period).toBe('2024');
    const achieved = figures('2024年，重庆实现在库企业营业收入增长8%。');
    expect(pick(achieved, '8%').period).toBe('2024');
  });

  it('reads the corridor’s sea–rail trains (西部陆海新通道海铁联运班列) as the corridor’s trains, and another port’s as none', () => {
    const corridor = figures('今年1—10月，西部陆海新通道海铁联运班列累计开行8126列，同比增长12.4%。', { year: 2024, month: 11, day: 20 });
    expect(pick(corridor, '8126列').indicator).toBe('sea_rail_trains');
    expect(pick(corridor, '12.4%').indicator).toBe('sea_rail_trains');
    const otherPort = figures('2024年，宁波舟山港海铁联运班列开行超过1万列。');
    expect(pick(otherPort, '1万列').indicator).toBeNull();
  });

  it('carries a period that is a clause of its own before a sentence’s first figure over its semicolon, and no further than a sentence naming its own', () => {
    const sourced = figures('记者从人民银行云南省分行获悉，截至2025年末，云南各项贷款余额4.6万亿元，同比增长6.5%；各项存款余额4.1万亿元，增长7.2%。', { year: 2026, month: 2, day: 10 });
    expect(pick(sourced, '4.1万亿元').period).toBe('2025');
    const broken = figures('2024年，宁夏外贸进出口总额达250.5亿元；2023年宁夏地区生产总值达5315亿元；全区建成6个综合保税区。');
    expect(pick(broken, '250.5亿元').period).toBe('2024');
    expect(pick(broken, '6个').period).toBeNull();
  });

  it('gives 全省 the province a source in the sentence names (四川省农业农村厅数据显示，全省…)', () => {
    const fs = figures('四川省农业农村厅数据显示，2024年全省水果产量1280万吨，同比增长4.2%。', PUBLISHED, '会理：石榴红了');
    expect(pick(fs, '1280万吨')).toMatchObject({ region: '四川', period: '2024' });
    // A city's office: 全省 is the city's province.
    expect(pick(figures('成都海关数据显示，前三季度全省外贸进出口总额7200亿元。', PUBLISHED, '外贸'), '7200亿元')).toMatchObject({ region: '四川', indicator: 'trade' });
  });

  it('gives a from–to of shares the years of the from–to before it, and a carried share its base once', () => {
    const fs = figures('十年来，西部地区生产总值从2014年的13.8万亿元增加到2024年的26.9万亿元，占全国的比重由21.6%提高到21.5%左右。');
    expect(pick(fs, '21.6%')).toMatchObject({ measure: 'share', period: '2014', detail: '占全国' });
    expect(pick(fs, '21.5%')).toMatchObject({ measure: 'share', period: '2024', detail: '占全国' });
  });

  it('reads life expectancy in years, and still no age or duration', () => {
    const fs = figures('西藏人均预期寿命从1951年的35.5岁提高到2024年的72.5岁。3只8个月大的藏羚羊宝宝在嬉戏，平均年龄不到1岁的幼崽占三成。');
    expect(pick(fs, '35.5岁')).toMatchObject({ value: 35.5, unitWord: '岁', period: '1951', region: '西藏' });
    expect(pick(fs, '72.5岁')).toMatchObject({ value: 72.5, unitWord: '岁', period: '2024' });
    expect(fs.map((f) => f.surface)).not.toContain('8个月');
  });

  it('labels industrial output value, not the output value of whatever the clause before was about (茶叶…，产值…)', () => {
    const fs = figures('2024年，全省茶叶产量52.3万吨，产值突破700亿元；规模以上工业产值增长8.1%，工业总产值1.2万亿元。', PUBLISHED, '贵州特色产业发展');
    expect(pick(fs, '700亿元').indicator).toBeNull();
    expect(pick(fs, '8.1%').indicator).toBe('output_value');
    expect(pick(fs, '1.2万亿元').indicator).toBe('output_value');
  });

  it('makes a goal of a figure after a deadline not yet passed (确保2025年底前…突破7万公里)', () => {
    const text = '下一步，将会同有关部门抓好落实，确保2025年底前西部地区高速公路通车里程突破7万公里。';
    expect(pick(figures(text, { year: 2025, month: 6, day: 1 }), '7万公里').goal).toBe(true);
    expect(pick(figures(text, null), '7万公里').goal).toBe(true);
    // Not a period of the year: 2025年前三季度 is data.
    expect(pick(figures('2025年前三季度，西部地区高速公路新增通车里程1200公里。', { year: 2025, month: 11, day: 1 }), '1200公里').goal).toBe(false);
  });

  it('puts a yearly report’s figures that name no time in its year, and only a yearly report’s', () => {
    const body = '全年全省地区生产总值13002.9亿元，比上年增长5.8%。年末全省常住人口2458.0万人。一季度，全省进出口总额120.5亿元。';
    const fs = figures(body, PUBLISHED, '甘肃省2024年国民经济和社会发展统计公报');
    expect(pick(fs, '13002.9亿元')).toMatchObject({ indicator: 'gdp', period: '2024' });
    expect(pick(fs, '5.8%')).toMatchObject({ measure: 'change', period: '2024' });
    expect(pick(fs, '2458.0万人').period).toBe('2024');
    // A time of its own is the figure's (一季度 of the year of writing, as in any text).
    expect(pick(fs, '120.5亿元').period).toBe('2025-Q1');
    // Not a report on part of the year, nor one written within its year, nor any other title (全年
    // taken out: early in a year it says last year on its own).
    const bare = body.replace(/^全年/u, '');
    expect(pick(figures(bare, PUBLISHED, '2024年前三季度全省经济运行情况'), '13002.9亿元').period).toBeNull();
    expect(pick(figures(body, { year: 2024, month: 12, day: 1 }, '甘肃省2024年国民经济和社会发展统计公报'), '13002.9亿元').period).toBeNull();
    expect(pick(figures(bare, PUBLISHED, '2024年甘肃经济亮点纷呈'), '13002.9亿元').period).toBeNull();
  });

  it('carries to the next sentence the place the figures were about, not the first place named', () => {
    const fs = figures('记者从西安海关获悉，今年前三季度，陕西省货物贸易进出口总值3120.5亿元，增长8.6%。其中，出口1980.2亿元，增长12.1%。', PUBLISHED, '外贸稳中有进');
    expect(pick(fs, '3120.5亿元').region).toBe('陕西');
    expect(pick(fs, '1980.2亿元').region).toBe('陕西');
  });

  it('leaves one part of an indicator unlabelled: a trade mode, a partner, and what is measured against it', () => {
    const fs = figures('2024年，陕西省对外贸易进出口总额4300亿元。一般贸易进出口约2000亿元，占全省进出口总值的48.1%。加工贸易进出口超过1000亿元。陕西对共建“一带一路”国家进出口1400亿元，对东盟进出口600亿元。', PUBLISHED, '陕西外贸');
    expect(pick(fs, '4300亿元')).toMatchObject({ indicator: 'trade', region: '陕西' });
    for (const part of ['2000亿元', '48.1%', '1000亿元', '1400亿元']) expect(pick(fs, part).indicator, part).toBeNull();
    expect(pick(fs, '600亿元')).toMatchObject({ indicator: 'trade', detail: '对东盟' });
  });

  it('reads a multiple of another quantity as a ratio, not a rise', () => {
    const fs = figures('陕西对共建“一带一路”国家进出口增长15%左右，是全省外贸增速的近2倍。全区外贸进出口增长1.1倍。');
    expect(pick(fs, '2倍')).toMatchObject({ measure: 'ratio', direction: null, approx: 'nearly' });
    expect(pick(fs, '2倍').label).not.toContain('增长');
    expect(pick(fs, '1.1倍')).toMatchObject({ measure: 'change', direction: 'up', indicator: 'trade' });
    // A rise by a multiple is the indicator's change (增长了1.4倍: +140%), kept apart by its unit word.
    const since = figures('与2012年相比，2024年西部地区地区生产总值增长了1.4倍。');
    expect(pick(since, '1.4倍')).toMatchObject({ indicator: 'gdp', measure: 'change', unitWord: '倍', detail: '较2012年' });
    expect(pick(fs, '2倍').indicator).toBeNull();
    // 增长到…的5倍: a multiple of the quantity in the year after 到, in the year before it.
    const grown = figures('2024年，重庆中欧班列开行量增长到2016年的5倍，外贸规模扩大到原来的2.5倍。');
    expect(pick(grown, '5倍')).toMatchObject({ measure: 'ratio', period: '2024', direction: null });
    expect(pick(grown, '2.5倍').measure).toBe('ratio');
    // A percentage after 到…的 is still the level reached.
    expect(pick(figures('森林覆盖率从2012年的20%提高到2024年的25%。'), '25%')).toMatchObject({ measure: 'rate', period: '2024' });
  });

  it('keeps a change of a share apart from a change of the growth rate (占全国的比重提高0.2个百分点, 增速加快0.2个百分点)', () => {
    const fs = figures('2024年，四川地区生产总值占全国的比重提高0.2个百分点。2024年，四川地区生产总值增速加快0.2个百分点。');
    const [share, pace] = fs.filter((f) => f.surface === '0.2个百分点');
    expect(share!.detail).toBe('百分点·占全国');
    expect(pace!.detail).toBe('百分点');
    expect(share!.label).toContain('地区生产总值（占全国）');
    expect(pace!.label).toContain('增速加快');
  });

  it('writes in a label the kind the figure is of (对东盟, 人均, 占西部地区), so that no part reads as the whole', () => {
    const fs = figures('2024年，重庆外贸进出口7700亿元，其中对东盟进出口1500亿元。西部地区人均地区生产总值7.2万元。四川进出口总额占西部地区的比重为三分之一。');
    expect(pick(fs, '1500亿元').label).toContain('进出口总额（对东盟）');
    expect(pick(fs, '7700亿元').label).not.toContain('（');
    expect(pick(fs, '7.2万元').label).toContain('地区生产总值（人均）');
    expect(pick(fs, '三分之一').label).toContain('进出口总额（占西部地区）');
    // A fraction is written as a reader reads a percentage, not to 14 decimals.
    expect(pick(fs, '三分之一').label).toContain('33.33%');
  });

  it('labels a figure with its own unit word and scale, and a ratio with no place from what it is measured against', () => {
    const fs = figures('云南电力总装机达到1.3亿千瓦，全年接待游客6500万人次，惠及经营主体12万户次。重庆外贸增长1.1倍，是全国的2倍。');
    expect(pick(fs, '1.3亿千瓦').label).toContain('1.3亿千瓦');
    expect(pick(fs, '6500万人次').label).toContain('6500万人次');
    expect(pick(fs, '12万户次')).toMatchObject({ value: 120000 });
    expect(pick(fs, '12万户次').label).toContain('12万户次');
    expect(pick(fs, '1.1倍').label).toContain('1.1倍');
    expect(pick(fs, '2倍')).toMatchObject({ measure: 'ratio', region: '重庆' });
  });

  it('writes in every label the value in the unit word as written, for every unit word of the lexicon', () => {
    const wrong: string[] = [];
    for (const { word } of unitLexicon.units) {
      const found = figures(`全省总量达到374.1${word}。`).find((f) => f.surface === `374.1${word}`);
      if (found && !found.label.includes(`374.1${word}`)) wrong.push(`${word}: ${found.label}`);
    }
    expect(wrong).toEqual([]);
  });

  it('reads a deadline in a text of unknown date as a goal, and 全省 in the figure’s clause as its place', () => {
    const fs = figures('同时，推动兰州国际陆港扩能，到2027年全省口岸货运量达到1000万吨。我们计划用3年时间把这一比率降低1个百分点左右。', null, '甘肃扩大开放');
    expect(pick(fs, '1000万吨')).toMatchObject({ goal: true, region: '甘肃' });
    expect(pick(fs, '1个百分点').goal).toBe(true);
  });

  it('takes no indicator from the quantity a ratio is taken to (与地区生产总值的比率), and reads a PMI as a rate', () => {
    const fs = figures('全省社会物流总费用与地区生产总值的比率为15.8%。全省制造业PMI为50.2%。');
    expect(pick(fs, '15.8%').indicator).toBeNull();
    expect(pick(fs, '50.2%').measure).toBe('rate');
  });

  it('leaves a zone’s figures (高新区…) and border trade unlabelled, and a ratio without the period it is measured against', () => {
    const fs = figures('2025年，成都研发投入强度提升至3.6%，高新技术企业数量突破1.5万家，是2020年的2.5倍。高新区去年实现地区生产总值3380亿元，同比增长7.4%。广西边境贸易进出口总值达到2150.6亿元，口岸日均通行货车超过2000辆次。', PUBLISHED, '成都科创');
    expect(pick(fs, '3.6%').measure).toBe('rate');
    expect(pick(fs, '2.5倍')).toMatchObject({ measure: 'ratio', period: '2025' });
    expect(pick(fs, '3380亿元')).toMatchObject({ indicator: null, region: null });
    expect(pick(fs, '7.4%')).toMatchObject({ indicator: null, region: null });
    expect(pick(fs, '2150.6亿元').indicator).toBeNull();
    expect(pick(fs, '2000辆次').label).toContain('2000辆次');
    // Zones counted are the place's.
    expect(pick(figures('全省共有国家级高新区8个，省级以上开发区130余个。', PUBLISHED, '四川发展'), '8个').region).toBe('四川');
  });

  it('reads a change over a span for the span, a bracket things are counted in as no figure of the place, and keeps a written minus sign once', () => {
    const published: CalendarDate = { year: 2026, month: 11, day: 30 };
    const fs = figures('从二〇一五年到二〇二五年，新疆棉花产量十年间增长了约百分之五十。全区规模以上工业增加值增长15%至20%之间的园区有12个。前10个月棉纺织品出口额为-12.6%的负增长。', published, '新疆棉花');
    expect(pick(fs, '百分之五十')).toMatchObject({ measure: 'change', period: '2015/2025', goal: false });
    expect(pick(fs, '15%至20%')).toMatchObject({ indicator: null, region: null });
    expect(pick(fs, '-12.6%')).toMatchObject({ measure: 'change', value: -12.6, direction: null });
  });

  it('takes the title’s place, not what the title compares it with (占全国九成)', () => {
    const fs = figures('棉花种植面积3700万亩，较上年减少2.1%。', PUBLISHED, '新疆：棉花产量占全国九成以上');
    expect(pick(fs, '3700万亩').region).toBe('新疆');
  });

  it('gives a project’s investment, or a section of a line through a place, neither the indicator nor the place', () => {
    const fs = figures('项目已累计完成投资1280亿元，占总投资的87%。四川段完成投资460亿元，云南段完成投资520亿元。', PUBLISHED, '渝昆高铁');
    expect(pick(fs, '1280亿元').indicator).toBeNull();
    expect(pick(fs, '460亿元')).toMatchObject({ indicator: null, region: null });
    expect(pick(fs, '520亿元')).toMatchObject({ indicator: null, region: null });
  });

  it('reads a goal word before a qualifier (将突破6000公里) and a forecast in an undated text as goals', () => {
    expect(pick(figures('全省铁路营业里程将突破6000公里。'), '6000公里').goal).toBe(true);
    expect(pick(figures('预计云南铁路营业里程达到6000公里。', null), '6000公里').goal).toBe(true);
  });

  it('reads days of good air (优良天数为75天) as a count of days, not a duration, and a concentration with its unit', () => {
    const fs = figures('今年一季度，空气质量优良天数为75天。PM2.5平均浓度为28微克/立方米，同比下降3.4%。连续30天开行班列。');
    expect(pick(fs, '75天')).toMatchObject({ indicator: 'good_air_days', value: 75 });
    expect(pick(fs, '28微克/立方米').indicator).toBe('pm25');
    expect(pick(fs, '28微克/立方米').label).toContain('28微克/立方米');
    expect(fs.some((f) => f.surface === '30天')).toBe(false);
  });

  it('reads a section of plans (2026年工作安排) and a list of goals over semicolons as goals, and a review as statistics', () => {
    const published: CalendarDate = { year: 2026, month: 1, day: 20 };
    const body = [
      '一、2025年工作回顾', '', '过去一年，全省地区生产总值达到6.5万亿元、增长5.8%；城镇新增就业100.2万人。', '',
      '二、2026年工作安排', '', '今年的主要预期目标是：地区生产总值增长5.5%左右；城镇新增就业90万人以上；粮食产量稳定在720亿斤以上。', '',
      '新增高新技术企业2000家；实施城市更新项目500个。',
    ].join('\n');
    const fs = figures(body, published, '四川省政府工作报告');
    expect(pick(fs, '6.5万亿元')).toMatchObject({ goal: false, period: '2025' });
    expect(pick(fs, '100.2万人').goal).toBe(false);
    for (const s of ['5.5%', '90万人', '720亿斤', '2000家', '500个']) expect(pick(fs, s).goal, s).toBe(true);
    // A goal before a semicolon does not make what follows it a goal.
    const after = figures('力争全年开行班列突破800列；去年开行650列。', published);
    expect(pick(after, '650列').goal).toBe(false);
  });

  it('takes the place a section heading names (## 四川) for the figures under it, until the next heading', () => {
    const body = ['## 四川', '', '- 地区生产总值：4.6万亿元，增长5.6%', '', '## 重庆', '', '- 地区生产总值：2.4万亿元，增长5.5%', '', '## 说明', '', '全年外贸进出口3.5万亿元。'].join('\n');
    const fs = figures(body, PUBLISHED, '西部地区主要经济指标');
    expect(fs.map((f) => [f.surface, f.region])).toEqual([
      ['4.6万亿元', '四川'],
      ['5.6%', '四川'],
      ['2.4万亿元', '重庆'],
      ['5.5%', '重庆'],
      // A heading naming no place ends the section: the title's place again.
      ['3.5万亿元', '西部地区'],
    ]);
  });

  it('reads 恢复至…的112% as a ratio, a class (30户以上自然村寨) as no figure of the place, 计划新建 as a plan', () => {
    const fs = figures('机场旅客吞吐量1850万人次，恢复至2019年同期的112%。全省30户以上自然村寨100%通硬化路。贵州计划新建高速公路1500公里。', null, '贵州交通');
    expect(pick(fs, '112%')).toMatchObject({ measure: 'ratio', period: null });
    expect(pick(fs, '30户')).toMatchObject({ region: null, indicator: null });
    expect(pick(fs, '1500公里').goal).toBe(true);
  });

  it('reads 将加快推进 and 将新建 as plans: their figures are goals', () => {
    const fs = figures('2024年全区接待游客6500万人次。负责人表示，将加快推进沿线旅游服务设施建设，新建改建旅游厕所200座。');
    expect(pick(fs, '200座').goal).toBe(true);
    expect(pick(fs, '6500万人次').goal).toBe(false);
  });

  it('gives a difference of two percentages in percentage points, never as a percent change', () => {
    const fs = figures('全省城镇化率为59.49%，较上年末提高1.2个百分点；地区生产总值增长6%。');
    expect(pick(fs, '1.2个百分点')).toMatchObject({ unit: 'percentage_point', value: 1.2, measure: 'change', indicator: 'urbanization_rate' });
    expect(pick(fs, '1.2个百分点').label).toContain('1.2个百分点');
    expect(pick(fs, '1.2个百分点').label).not.toContain('1.2%');
    expect(pick(fs, '6%').unit).toBe('percent');
  });

  it('reads a percentage of another quantity as a ratio and a degree (盖度, 依存度) as a rate, neither as a share', () => {
    const fs = figures('南宁市人均地区生产总值仅为全国平均水平的七成左右，约为全省的105%。草原综合植被盖度达到58.1%，外贸依存度为15.9%。四川外贸占全国的3.2%。');
    expect(pick(fs, '七成')).toMatchObject({ measure: 'ratio', approx: 'about' });
    expect(pick(fs, '105%')).toMatchObject({ measure: 'ratio' });
    expect(pick(fs, '58.1%')).toMatchObject({ measure: 'rate' });
    expect(pick(fs, '15.9%')).toMatchObject({ measure: 'rate' });
    expect(pick(fs, '3.2%')).toMatchObject({ measure: 'share' });
  });

  it('reads a gap or surplus that widened or narrowed by some tenths as a change, of no stated sign', () => {
    const fs = figures('贸易顺差840亿元，扩大近三成；逆差收窄两成。');
    expect(pick(fs, '三成')).toMatchObject({ measure: 'change', direction: null, value: 30 });
    expect(pick(fs, '两成')).toMatchObject({ measure: 'change', direction: null });
  });

  it('takes no place, indicator or period from what a figure is compared with', () => {
    const published = { year: 2025, month: 1, day: 15 };
    const fs = figures(
      '2024年，北部湾港完成货物吞吐量4.3亿吨；集装箱吞吐量902万标箱，增速位居全国沿海主要港口前列。南宁市人均地区生产总值超过6万元，但仅为全国平均水平的七成左右。广西规模以上工业增加值增长6.1%，较全国高0.3个百分点；固定资产投资下降3.2%，降幅比前三季度收窄1.5个百分点。',
      published,
      '广西经济',
    );
    expect(pick(fs, '902万标箱').region).toBe('北部湾港');
    expect(pick(fs, '七成')).toMatchObject({ indicator: null, region: '南宁' });
    expect(pick(fs, '0.3个百分点').indicator).toBeNull();
    const province = figures('贵阳市地区生产总值5154.75亿元，比上年增长5.3%，增速较全省平均水平高0.4个百分点，比全市高1个百分点。');
    expect(pick(province, '5.3%').indicator).toBe('gdp');
    expect(pick(province, '0.4个百分点').indicator).toBeNull();
    expect(pick(province, '1个百分点').indicator).toBeNull();
    // 前三季度 here is the base of the comparison, not a quarter still to come: no period, no goal.
    expect(pick(fs, '1.5个百分点')).toMatchObject({ period: null, goal: false });
  });

  it('gives a figure of several places taken together none of their places, and reads 将推动, 计划实施 as goals', () => {
    const published = { year: 2024, month: 4, day: 26 };
    const fs = figures('四川省一季度地区生产总值1.42万亿元，增长6.1%。两地经济总量合计约2.16万亿元。川渝两地GDP总量2023年达到8.2万亿元。重庆今年将推动地区生产总值增长6%左右，全市计划实施重大项目1100个。', published, '成渝');
    expect(pick(fs, '2.16万亿元')).toMatchObject({ region: null, indicator: null });
    expect(pick(fs, '8.2万亿元')).toMatchObject({ region: '川渝', indicator: 'gdp' });
    expect(pick(fs, '6%')).toMatchObject({ goal: true, indicator: 'gdp', region: '重庆' });
    expect(pick(fs, '1100个').goal).toBe(true);
  });

  it('reads 同比多开行 and 较上年少 as changes, with their sign', () => {
    const fs = figures('2024年，班列累计开行10086列，同比多开行1200列；新设企业较上年少30家。');
    expect(pick(fs, '1200列')).toMatchObject({ measure: 'change', direction: 'up' });
    expect(pick(fs, '30家')).toMatchObject({ measure: 'change', direction: 'down' });
  });

  it('takes no place from the place a figure is higher than (高出全国), nor carries it on', () => {
    const fs = figures('全省规模以上工业增加值比上年增长8.9%，高出全国3.1个百分点，居全国第三位。一般公共预算收入1010亿元，增长5.2%。', PUBLISHED, '甘肃经济');
    expect(pick(fs, '8.9%')).toMatchObject({ indicator: 'industrial_value_added', region: '甘肃' });
    expect(pick(fs, '1010亿元').region).toBe('甘肃');
  });

  it('reads a gap to anything, not only a place, as no change of the figure’s own', () => {
    const fs = figures('农村居民人均可支配收入7900元，增长6.8%，增速快于城镇居民2.6个百分点。');
    expect(pick(fs, '6.8%').indicator).toBe('disposable_income');
    expect(pick(fs, '2.6个百分点').indicator).toBeNull();
  });

  it('reads a gap to what a figure is measured against as a gap, with its side, never as a rise', () => {
    const fs = figures('银川市一般公共预算收入增长5.5%，增速高于全区0.9个百分点。重庆居民收入增长5%，比全国低0.2个百分点。南宁人均地区生产总值仅为全国平均水平的七成左右。');
    expect(pick(fs, '0.9个百分点')).toMatchObject({ measure: 'gap', direction: 'up', indicator: null });
    expect(pick(fs, '0.9个百分点').label).not.toContain('增长');
    expect(pick(fs, '0.2个百分点')).toMatchObject({ measure: 'gap', direction: 'down' });
    expect(pick(fs, '5.5%')).toMatchObject({ measure: 'change', direction: 'up' });
    expect(pick(fs, '七成').measure).toBe('ratio');
  });

  it('reads the west or south of a province (四川西部地区, 新疆南部) as a part of it: neither the province’s figure nor the West’s', () => {
    const west = figures('2024年，四川西部地区森林覆盖率达到40%。');
    expect(pick(west, '40%')).toMatchObject({ indicator: null, region: null });
    const south = figures('2024年，新疆南部地区地区生产总值增长6%。');
    expect(pick(south, '6%').region).toBeNull();
    const east = figures('2024年，贵州东部外贸进出口增长10%。');
    expect(pick(east, '10%').region).toBeNull();
    // The country's west is the West.
    expect(pick(figures('2024年，我国西部地区森林覆盖率达到19%。'), '19%').region).toBe('西部地区');
  });

  it('gives a district the gazetteer does not know (南宁市青秀区, 天府新区四川直管区) its own figures, and 全区 after it: none of the city’s or province’s', () => {
    const district = figures('2024年，南宁市青秀区地区生产总值1200亿元，全区规上工业增加值增长8%。');
    expect(district.map((f) => [f.surface, f.indicator, f.region])).toEqual([
      ['1200亿元', null, null],
      ['8%', null, null],
    ]);
    const area = figures('2024年，天府新区四川直管区地区生产总值突破1000亿元。');
    expect(pick(area, '1000亿元')).toMatchObject({ indicator: null, region: null });
    // 农村, 城镇 and 地区 after a place are no districts.
    const rural = figures('2023年，贵州农村居民人均可支配收入14817元，城镇居民人均可支配收入42000元，地区生产总值2.1万亿元。');
    expect(rural.map((f) => [f.indicator, f.region])).toEqual([
      ['disposable_income', '贵州'],
      ['disposable_income', '贵州'],
      ['gdp', '贵州'],
    ]);
  });

  it('gives a group of a place’s districts or counties (云南沿边8个州市, 贵州66个脱贫县) its own figures, none of the place’s', () => {
    const border = figures('2024年，云南沿边8个州市外贸进出口总额占全省的比重接近七成。');
    expect(pick(border, '七成')).toMatchObject({ indicator: null, region: null });
    expect(pick(border, '8个').region).toBe('云南');
    const counties = figures('2024年，贵州66个脱贫县农村居民人均可支配收入增长8.5%。');
    expect(pick(counties, '8.5%')).toMatchObject({ indicator: null, region: null });
    // Named in another clause, the districts leave the place's figures its own.
    const all = figures('2024年，贵州省地区生产总值增长5.3%，9个市州全部实现正增长。');
    expect(pick(all, '5.3%')).toMatchObject({ indicator: 'gdp', region: '贵州' });
    // A year after the place counts no districts (2024年地区…).
    const year = figures('贵州2024年地区生产总值2.2万亿元。');
    expect(pick(year, '2.2万亿元')).toMatchObject({ indicator: 'gdp', region: '贵州' });
  });

  it('reads a bracket after a place as what it takes in or leaves out (陕西省（不含西安市）, 四川省（成都除外）, 重庆（含万州）), never as the place', () => {
    const without = figures('2024年，陕西省（不含西安市）外贸进出口总额1200亿元。');
    expect(pick(without, '1200亿元')).toMatchObject({ indicator: null, region: null });
    const except = figures('2024年，四川省（成都除外）地区生产总值增长6%。');
    expect(pick(except, '6%')).toMatchObject({ indicator: null, region: null });
    const including = figures('2024年，重庆（含万州）港口集装箱吞吐量150万标箱。');
    expect(pick(including, '150万标箱')).toMatchObject({ indicator: 'freight_teu', region: '重庆' });
    // A bracket defining the indicator leaves no place out.
    const defined = figures('2024年，甘肃固定资产投资（不含农户）比上年增长6.5%。');
    expect(pick(defined, '6.5%')).toMatchObject({ indicator: 'fixed_asset_investment', region: '甘肃' });
  });

  it('leaves a city’s port trade (重庆口岸进出口, goods of other places too) unlabelled, and keeps a port’s own', () => {
    const city = figures('2024年，重庆口岸进出口总值5800亿元，同比增长8%。');
    expect(pick(city, '5800亿元').indicator).toBeNull();
    const port = figures('2024年，霍尔果斯口岸进出口总值1200亿元，同比增长8%。');
    expect(pick(port, '1200亿元').indicator).toBe('trade');
  });

  it('reads 比第6位的湖北多8000亿元 as a gap to the place after 比, not that place’s change', () => {
    const fs = figures('2024年，四川地区生产总值6.47万亿元，稳居全国第5位，比第6位的湖北多8000亿元。');
    expect(pick(fs, '8000亿元')).toMatchObject({ indicator: null, measure: 'gap', region: '四川' });
  });

  it('gives the second figure of 由一季度的…转为… the period before it, not the first figure’s', () => {
    const fs = figures('前三季度，广西外贸进出口增速由一季度的下降3.2%转为增长2.1%。', { year: 2025, month: 10, day: 20 });
    expect(pick(fs, '3.2%')).toMatchObject({ indicator: 'trade', period: '2025-Q1' });
    expect(pick(fs, '2.1%')).toMatchObject({ indicator: 'trade', period: '2025-01/2025-09' });
  });

  it('gives both ends of a range, never its low end alone', () => {
    const range = pick(figures('西安市规模以上工业增加值增长6%—8%之间。'), '6%—8%');
    expect(range).toMatchObject({ value: 6, range: { low: 6, high: 8 }, measure: 'change' });
    expect(contractFigure(range)).toMatchObject({ value: 6, high: 8 });
    // Its label too: 6% alone would read as the figure.
    expect(range.label).toContain('· 6%—8% ·');
    expect(contractFigure(pick(figures('西安市规模以上工业增加值增长6%。'), '6%')).high).toBeNull();
  });

  it('tells which way a change went, and keeps the value as written', () => {
    const fs = figures('外贸进出口总额412.6亿元，同比下降3.2%，其中出口下降12.5%、进口增长1.1%；居民消费价格同比上涨0.4%，失业率比上年同期下降0.3个百分点，工业品价格降幅收窄2个百分点，服务零售额实现6.2%的增长。');
    expect(pick(fs, '3.2%')).toMatchObject({ value: 3.2, measure: 'change', direction: 'down' });
    expect(pick(fs, '3.2%').label).toContain('下降 · 3.2%');
    expect(pick(fs, '12.5%').direction).toBe('down');
    expect(pick(fs, '1.1%').direction).toBe('up');
    expect(pick(fs, '0.4%')).toMatchObject({ measure: 'change', direction: 'up' });
    expect(pick(fs, '0.3个百分点')).toMatchObject({ direction: 'down', detail: '百分点' });
    // A narrower fall: the words do not give the sign of the 2 points.
    expect(pick(fs, '2个百分点').direction).toBeNull();
    expect(pick(fs, '6.2%').direction).toBe('up');
    expect(pick(fs, '412.6亿元').direction).toBeNull();
  });

  it('leaves a part of a total (其中…) unlabelled, unless it names a place of its own', () => {
    const fs = figures('2024年，甘肃完成造林面积320万亩，其中人工造林85万亩、飞播造林20万亩。2024年，西部外贸进出口总额3.7万亿元，其中四川外贸进出口10457.2亿元。');
    expect(pick(fs, '320万亩')).toMatchObject({ indicator: 'afforestation', region: '甘肃' });
    expect(pick(fs, '85万亩').indicator).toBeNull();
    expect(pick(fs, '20万亩').indicator).toBeNull();
    expect(pick(fs, '10457.2亿元')).toMatchObject({ indicator: 'trade', region: '四川' });
  });

  it('never takes a figure of another quantity measured against an indicator for the indicator', () => {
    const fs = figures('2023年，四川地区生产总值增长6.0%，单位地区生产总值能耗下降3.1%，万元GDP用水量下降4.5%，外贸依存度为15.9%。');
    expect(pick(fs, '6.0%').indicator).toBe('gdp');
    expect(pick(fs, '3.1%').indicator).toBeNull();
    expect(pick(fs, '4.5%').indicator).toBeNull();
    expect(pick(fs, '15.9%').indicator).toBeNull();
    // 万元 in 万元GDP is a unit of account, not a figure of ten thousand yuan.
    expect(fs.map((f) => f.surface)).not.toContain('万元');
    expect(figures('全市共有企业千余家。').map((f) => f.surface)).toEqual(['千余家']);
    // An airport's cargo and mail (货邮吞吐量) is no port's cargo throughput.
    const airport = figures('2024年，成都天府国际机场货邮吞吐量突破20万吨，重庆港货物吞吐量2.2亿吨。');
    expect(pick(airport, '20万吨').indicator).toBeNull();
    expect(pick(airport, '2.2亿吨').indicator).toBe('cargo_throughput');
    // Nor are its passengers, whose growth in percent fits the indicator's units.
    expect(pick(figures('2024年，成都天府国际机场旅客吞吐量增长10%。'), '10%').indicator).toBeNull();
  });

  it('leaves unlabelled a gap to another place and a figure of several places', () => {
    const fs = figures('2023年，四川地区生产总值增长6.0%，增速高于全国0.8个百分点，比全国平均水平高1.2个百分点。德阳、绵阳地区生产总值增长7%。');
    expect(pick(fs, '6.0%')).toMatchObject({ indicator: 'gdp', region: '四川' });
    expect(pick(fs, '0.8个百分点').indicator).toBeNull();
    expect(pick(fs, '1.2个百分点').indicator).toBeNull();
    expect(pick(fs, '7%')).toMatchObject({ indicator: null, region: null });
  });

  it('reads 全省 and 全市 as the province or city the text is about, not the city named just before', () => {
    const fs = figures('成都市地区生产总值2.2万亿元。全省城镇居民人均可支配收入45227元。全市农村居民人均可支配收入3.5万元。', PUBLISHED, '四川经济迈上新台阶');
    expect(pick(fs, '2.2万亿元').region).toBe('成都');
    expect(pick(fs, '45227元').region).toBe('四川');
    expect(pick(fs, '3.5万元').region).toBe('成都');
  });

  it('takes no place from a dateline and reads 其中 opening a sentence as a part of the total before it', () => {
    const fs = figures('本报乌鲁木齐3月15日电 2024年，新疆外贸进出口总额达4341.6亿元。其中，对中亚五国进出口3000亿元，占全区外贸总值的69.1%。');
    expect(pick(fs, '4341.6亿元')).toMatchObject({ indicator: 'trade', region: '新疆' });
    expect(pick(fs, '3000亿元')).toMatchObject({ indicator: null, region: '新疆' });
  });

  it('does not take a contribution to growth or a freight volume for the indicator named beside it', () => {
    const fs = figures('2024年，新疆消费拉动地区生产总值增长3.1个百分点，霍尔果斯口岸进出口货运量同比增长8%。');
    expect(pick(fs, '3.1个百分点').indicator).toBeNull();
    expect(pick(fs, '8%').indicator).toBeNull();
  });

  it('leaves unlabelled what a speaker says of their own organisation, not of their place', () => {
    const fs = figures('西咸新区研发投入增长12%。“2023年我们研发投入5000万元。”“今年以来，我们全区研发投入8亿元。”');
    expect(pick(fs, '12%')).toMatchObject({ indicator: 'rd_spending', region: '西咸新区' });
    expect(pick(fs, '5000万元').indicator).toBeNull();
    expect(pick(fs, '8亿元').indicator).toBe('rd_spending');
  });

  it('leaves a sector’s figure unlabelled, and takes no place from the field of a ranking', () => {
    const fs = figures('一季度，青海清洁能源领域完成固定资产投资超100亿元。贵安新区综保区成为贵州省首个进出口额实现100亿元以上的综保区。');
    expect(pick(fs, '100亿元').indicator).toBeNull();
    // Not 贵州's, the field of the ranking; nor 贵安新区's: its bonded zone (综保区) is a place below it.
    expect(fs[1]).toMatchObject({ surface: '100亿元', indicator: null, region: null });
    // 稳居全国前列, 居全省第一位: where the place ranks, not the place the figure is of.
    const ranked = figures('中欧班列长安号今年开行4200列，开行量稳居全国前列。\n\n全年地区生产总值增长6.2%，增速居全国第一位。', PUBLISHED, '陕西经济');
    expect(pick(ranked, '4200列').region).toBeNull();
    expect(pick(ranked, '6.2%').region).toBe('陕西');
    // 集装箱货运量 is the indicator's own name; 中欧班列货运量 is not a count of trains.
    const freight = figures('2024年，钦州港集装箱货运量增长10%，中欧班列货运量增长8%。');
    expect(pick(freight, '10%').indicator).toBe('freight_teu');
    expect(pick(freight, '8%').indicator).toBeNull();
  });

  it('gives a total since the start no period, and each end of a from–to span its own year', () => {
    const published: CalendarDate = { year: 2024, month: 7, day: 30 };
    const fs = figures('截至2024年6月底，中欧班列累计开行8.5万列，今年以来累计开行1.2万列。十年来，西部地区生产总值占全国的比重由20%提高到21.5%，年均增长率达6.8%。', published);
    expect(pick(fs, '8.5万列').period).toBeNull();
    expect(pick(fs, '1.2万列').period).toMatch(/^2024-01-01\//);
    const [from, to] = [pick(fs, '20%'), pick(fs, '21.5%')];
    expect(from.period).toMatch(/^\d{4}$/);
    expect(to.period).toMatch(/^\d{4}$/);
    expect(Number(to.period)).toBeGreaterThan(Number(from.period));
    expect(pick(fs, '6.8%')).toMatchObject({ measure: 'cagr', period: `${from.period}/${to.period}` });
    expect(figures('全年GDP增速预期目标为5.5%左右。')[0]).toMatchObject({ measure: 'change', goal: true });
  });

  it('gives a village’s or a park’s figure neither the place around it nor an indicator', () => {
    const fs = figures('2023年，贵州农村居民人均可支配收入14817元。毛南族聚居的下南乡，全村人均可支配收入从2015年的3000元增长到2023年的1.9万元。产业园区内实现产值12亿元。');
    expect(pick(fs, '14817元')).toMatchObject({ indicator: 'disposable_income', region: '贵州' });
    for (const surface of ['3000元', '1.9万元', '12亿元']) expect(pick(fs, surface)).toMatchObject({ indicator: null, region: null });
  });

  it('keeps apart what is not the same fact: 环比 beside 同比, a kind of trade after 其中', () => {
    const fs = figures('一季度，云南地区生产总值同比增长5.3%，环比增长1.6%。2024年，广西外贸进出口总额6000亿元，其中对东盟进出口增长20%。');
    expect(pick(fs, '5.3%')).toMatchObject({ indicator: 'gdp', detail: null });
    expect(pick(fs, '1.6%')).toMatchObject({ indicator: 'gdp', detail: '环比' });
    expect(pick(fs, '20%')).toMatchObject({ indicator: 'trade', detail: '对东盟' });
  });

  it('keeps urban and rural income apart, also for the changes given 分别 after both', () => {
    const fs = figures('2023年，全市城镇常住居民人均可支配收入37280元，农村常住居民人均可支配收入15630元，分别增长4.5%和6.8%。', PUBLISHED, '重庆经济');
    expect(pick(fs, '37280元')).toMatchObject({ indicator: 'disposable_income', detail: '城镇居民' });
    expect(pick(fs, '15630元')).toMatchObject({ indicator: 'disposable_income', detail: '农村居民' });
    expect(pick(fs, '4.5%')).toMatchObject({ indicator: 'disposable_income', detail: '城镇居民', measure: 'change' });
    expect(pick(fs, '6.8%')).toMatchObject({ indicator: 'disposable_income', detail: '农村居民', measure: 'change' });
  });

  it('hands the n-th figure after 分别 to the n-th place before it', () => {
    const fs = figures('2023年，包头市地区生产总值4370亿元，鄂尔多斯市地区生产总值6100亿元，两市分别增长8.1%和7.8%。');
    expect(pick(fs, '8.1%')).toMatchObject({ indicator: 'gdp', region: '包头', period: '2023' });
    expect(pick(fs, '7.8%')).toMatchObject({ indicator: 'gdp', region: '鄂尔多斯', period: '2023' });
  });

  it('hands the figures of a second 分别 the places of the first (重庆、四川分别实现…，分别增长…), and none to the figures of 川渝两地…分别', () => {
    const fs = figures('2024年，重庆、四川分别实现地区生产总值3.2万亿元和6.5万亿元，分别增长5.7%和5.7%。');
    expect(fs.filter((f) => f.unit === 'percent').map((f) => [f.indicator, f.region])).toEqual([
      ['gdp', '重庆'],
      ['gdp', '四川'],
    ]);
    const pair = figures('2024年，川渝两地外贸进出口总额分别为5320亿元和7480亿元，分别增长8.2%、6.4%。');
    expect(pair.map((f) => [f.surface, f.indicator, f.region])).toEqual([
      ['5320亿元', null, null],
      ['7480亿元', null, null],
      ['8.2%', null, null],
      ['6.4%', null, null],
    ]);
  });

  it('hands the n-th figure after 分别 the indicator of the n-th figure before it where they differ (中欧班列…、西部陆海新通道班列…，分别增长…)', () => {
    const fs = figures('2024年，成都国际铁路港开行中欧班列3800列、西部陆海新通道班列1500列，分别增长6.2%和18.9%。');
    expect(pick(fs, '6.2%')).toMatchObject({ indicator: 'china_europe_trains', measure: 'change' });
    expect(pick(fs, '18.9%')).toMatchObject({ indicator: 'sea_rail_trains', measure: 'change' });
  });

  it('hands the n-th figure after 分别 to the n-th place of a list before it, only when the counts agree', () => {
    const fs = figures('2025年上半年，四川、重庆、贵州地区生产总值分别增长5.9%、6.1%和5.3%。其中内蒙古、宁夏分别增长7.8%。德阳、绵阳分别增长7%，增速高于全省。');
    expect(pick(fs, '5.9%')).toMatchObject({ indicator: 'gdp', region: '四川' });
    expect(pick(fs, '6.1%')).toMatchObject({ indicator: 'gdp', region: '重庆' });
    expect(pick(fs, '5.3%')).toMatchObject({ indicator: 'gdp', region: '贵州' });
    // The list ends with the clause: 两地合计 after it is both places' total.
    const total = figures('重庆、四川两地外贸分别增长5%和6%，两地合计1.4万亿元。');
    expect(pick(total, '5%').region).toBe('重庆');
    expect(pick(total, '6%').region).toBe('四川');
    expect(pick(total, '1.4万亿元').region).toBeNull();
    // One figure for two places: none of theirs.
    expect(pick(fs, '7.8%').region).toBeNull();
    expect(pick(fs, '7%').region).toBeNull();
  });

  it('leaves a sector’s industrial value added (能源工业增加值) unlabelled, and a route’s ends (陕北至湖北) out of its place', () => {
    const fs = figures('1—10月，全省能源工业增加值同比增长6.2%，规模以上工业增加值增长5.8%。陕北至湖北特高压直流工程累计外送电量超过1000亿千瓦时。', PUBLISHED, '陕西能源');
    expect(pick(fs, '6.2%').indicator).toBeNull();
    expect(pick(fs, '5.8%').indicator).toBe('industrial_value_added');
    expect(pick(fs, '1000亿千瓦时').region).not.toBe('湖北');
  });

  it('leaves parts of an indicator unlabelled: private investment, county GDP, firms’ R&D, poverty-relieved counties’ income', () => {
    const fs = figures('全省民间固定资产投资增长3.2%，固定资产投资增长4.1%。县域地区生产总值2.1万亿元。规上工业企业研发经费投入增长12%。脱贫县农村居民人均可支配收入16000元，全省农村居民人均可支配收入19000元。');
    expect(pick(fs, '3.2%').indicator).toBeNull();
    expect(pick(fs, '4.1%').indicator).toBe('fixed_asset_investment');
    expect(pick(fs, '2.1万亿元').indicator).toBeNull();
    expect(pick(fs, '12%').indicator).toBeNull();
    expect(pick(fs, '16000元').indicator).toBeNull();
    expect(pick(fs, '19000元').indicator).toBe('disposable_income');
  });

  it('reads “十四五”以来 written during the plan as until the day of writing, not as a goal for all of it', () => {
    const fs = figures('“十四五”以来，全省文旅领域累计完成投资1800亿元。', { year: 2025, month: 9, day: 15 });
    expect(pick(fs, '1800亿元')).toMatchObject({ period: '2021-01-01/2025-09-15', goal: false });
  });

  it('tells a figure that opens its clause (a fact box: ■ 9.6% 集装箱发送量同比增速) by the words after it, and takes no place from a line’s name', () => {
    const fs = figures('■ 9.6% 集装箱发送量同比增速\n\n成渝中线高铁全长292公里，目前已完成投资超过400亿元。', PUBLISHED, '成渝中线高铁建设提速');
    expect(pick(fs, '9.6%').measure).toBe('change');
    expect(pick(fs, '292公里').region).toBeNull();
    expect(pick(fs, '400亿元')).toMatchObject({ indicator: null, region: null });
    expect(pick(figures('云南铁路营业里程将突破6000公里。'), '6000公里').region).toBe('云南');
  });

  it('reads 上下 after a figure as about, but not 上下游', () => {
    const fs = figures('北部湾港集装箱吞吐量达到900万标箱上下。产业链上下游企业达到120家上下游配套。');
    expect(pick(fs, '900万标箱')).toMatchObject({ approx: 'about' });
    expect(pick(fs, '120家').approx).toBeNull();
  });

  it('reads 全年 after a quarter as the whole year, and a forecast of no named time as a goal', () => {
    const fs = figures('2024年四季度，全省地区生产总值增长6.2%，全年增长5.9%。预计全年全省地区生产总值增长5.5%左右。', { year: 2025, month: 11, day: 20 });
    expect(pick(fs, '6.2%').period).toBe('2024-Q4');
    expect(pick(fs, '5.9%').period).toBe('2024');
    expect(pick(fs, '5.5%').goal).toBe(true);
    // After months or the year so far, too: 预计全年 is a forecast for the year, not another value of the months.
    const months = figures('今年前三季度，四川地区生产总值同比增长5.6%，预计全年增长5.5%左右。', { year: 2025, month: 10, day: 20 });
    expect(pick(months, '5.6%').period).toBe('2025-01/2025-09');
    expect(pick(months, '5.5%')).toMatchObject({ period: '2025', goal: true });
    // 比全年目标高: a gap to the year's target, not the year's change.
    const target = figures('一季度，贵州地区生产总值增长5.3%，比全年目标高0.3个百分点。', { year: 2025, month: 4, day: 20 });
    expect(pick(target, '0.3个百分点')).toMatchObject({ measure: 'gap', indicator: null, period: '2025-Q1', goal: false });
    const aim = figures('一季度，贵州地区生产总值增长5.3%，全年目标增长6%。', { year: 2025, month: 4, day: 20 });
    expect(pick(aim, '6%')).toMatchObject({ period: '2025', goal: true });
    const soFar = figures('今年以来，重庆中欧班列开行1500列，全年有望突破2000列。', { year: 2025, month: 10, day: 20 });
    expect(pick(soFar, '2000列')).toMatchObject({ period: '2025', goal: true });
  });

  it('gives a growth rate its own sign (增速回落至5.1% is growth of 5.1%, 降幅收窄至2.1% a fall), and a percentage the clause before calls growth', () => {
    const fs = figures('全省地区生产总值增速回落至5.1%。全省规模以上工业增加值降幅收窄至2.1%。全省外贸进出口实现两位数增长，达到12.5%。全省外贸达到6.5%。');
    expect(pick(fs, '5.1%')).toMatchObject({ measure: 'change', direction: 'up', indicator: 'gdp' });
    expect(pick(fs, '2.1%')).toMatchObject({ measure: 'change', direction: 'down' });
    expect(pick(fs, '12.5%')).toMatchObject({ measure: 'change', indicator: 'trade' });
    // A percentage that says neither what it is a share of nor that it is growth labels no indicator.
    expect(pick(fs, '6.5%').indicator).toBeNull();
  });

  it('labels no part named after its whole (地区生产总值中，第二产业…) and no capacity (吞吐能力) with the indicator', () => {
    const fs = figures('全省地区生产总值中，第二产业增加值1.9万亿元。全省进出口总额中，出口2100亿元。全省集装箱码头吞吐能力达到300万标箱，集装箱吞吐量160万标箱。');
    expect(pick(fs, '1.9万亿元').indicator).toBeNull();
    expect(pick(fs, '2100亿元').indicator).toBeNull();
    expect(pick(fs, '300万标箱').indicator).toBeNull();
    expect(pick(fs, '160万标箱').indicator).toBe('freight_teu');
  });

  it('gives a clause led by a sector (工业增长6.1%) not the indicator named before it', () => {
    const fs = figures('全省地区生产总值增长5.8%，工业增长6.1%，服务业增长5.5%，同比增长的势头延续。全省外贸进出口5000亿元，增长8%。');
    expect(pick(fs, '5.8%').indicator).toBe('gdp');
    expect(pick(fs, '6.1%').indicator).toBeNull();
    expect(pick(fs, '5.5%').indicator).toBeNull();
    expect(pick(fs, '8%').indicator).toBe('trade');
    const span = figures('工业增加值由2019年的5.8万亿元增长到2023年的8.1万亿元。');
    expect(pick(span, '8.1万亿元').indicator).toBe('industrial_value_added');
  });

  it('takes no period from the year a figure builds on (在2024年的基础上)', () => {
    const fs = figures('在2024年的基础上，全省地区生产总值增长5%，达到6.5万亿元。');
    expect(pick(fs, '5%').period).toBeNull();
    expect(pick(fs, '6.5万亿元').period).toBeNull();
  });

  it('gives a caption printed above the title not the title’s place (it may be the story before’s)', () => {
    const text = '内蒙古牛奶产量突破700万吨';
    const body = '图为宁东能源化工基地。宁东基地实现工业产值1380亿元。　记者　马楠　摄\n\n内蒙古牛奶产量突破700万吨\n\n本报呼和浩特11月12日电　全区牛奶产量达到540万吨。';
    const article = readDocument({ stem: 't', text: body }).articles[0]!;
    const fs = extractFigures({ blocks: article.blocks, sentences: article.sentences, title: text }, PUBLISHED);
    expect(pick(fs, '1380亿元').region).toBeNull();
    expect(pick(fs, '540万吨').region).toBe('内蒙古');
  });

  it('gives a clause that names its own quantity (居民消费价格上涨0.5%, 社会消费品零售总额增长4.1%) not the indicator before it', () => {
    const fs = figures('全市固定资产投资增长1.2%，居民消费价格上涨0.5%，社会消费品零售总额增长4.1%。全省外贸进出口5000亿元，同比增长8%。');
    expect(pick(fs, '1.2%').indicator).toBe('fixed_asset_investment');
    expect(pick(fs, '0.5%').indicator).toBeNull();
    expect(pick(fs, '4.1%').indicator).toBe('retail_sales');
    // A value (货值) or a part the indicator keeps apart (民间投资) is a quantity of its own too.
    const trains = figures('西部陆海新通道班列开行1万列，增长20%，货值增长30%。全省固定资产投资增长3%，民间投资下降2%，项目投资增长5%。');
    expect(pick(trains, '20%').indicator).toBe('sea_rail_trains');
    expect(pick(trains, '30%').indicator).toBeNull();
    expect(pick(trains, '2%').indicator).toBeNull();
    expect(pick(trains, '5%').indicator).toBeNull();
    const modes = figures('全省外贸进出口5000亿元，增长8%，一般贸易增长10%，对东盟进出口增长12%。全省居民人均可支配收入3万元，增长5%，脱贫县农村居民增长7%。');
    expect(pick(modes, '8%').indicator).toBe('trade');
    expect(pick(modes, '10%').indicator).toBeNull();
    expect(pick(modes, '12%')).toMatchObject({ indicator: 'trade', detail: '对东盟' });
    expect(pick(modes, '5%').indicator).toBe('disposable_income');
    expect(pick(modes, '7%').indicator).toBeNull();
    expect(pick(fs, '8%').indicator).toBe('trade');
    const slower = figures('上半年，西部地区外贸进出口1.8万亿元，同比增长5.2%，增速比一季度回落0.3个百分点。');
    expect(pick(slower, '0.3个百分点').indicator).toBe('trade');
  });

  it('keeps real and nominal growth apart, gives an average over years no single year, and shares no place from their base', () => {
    const fs = figures('全省居民人均可支配收入实际增长5.1%，名义增长5.6%。全省外贸进出口规模是2020年的1.8倍，年均增长12.5%。全省社会消费品零售总额同比增长5%，分别占全国和西部的3%和20%。', PUBLISHED, '四川');
    expect(pick(fs, '5.1%').detail).toBe('实际');
    expect(pick(fs, '5.6%').detail).toBe('名义');
    expect(pick(fs, '12.5%')).toMatchObject({ measure: 'cagr', period: null });
    expect(pick(fs, '3%').region).toBe('四川');
    expect(pick(fs, '20%').region).toBe('四川');
  });

  it('gives each share the base it is of, never the base of the share before it', () => {
    const listed = figures('2024年，重庆外贸进出口额分别占全国和西部地区的1.2%和20%。');
    expect(pick(listed, '1.2%').detail).toBe('占全国');
    expect(pick(listed, '20%').detail).toBe('占西部地区');
    const both = figures('成渝地区双城经济圈2024年实现地区生产总值8.7万亿元，占全国的6.5%、西部地区的30.4%。');
    expect(pick(both, '6.5%').detail).toBe('占全国');
    expect(pick(both, '30.4%').detail).toBe('占西部地区');
    const again = figures('2024年，四川地区生产总值占全国的比重为4.8%，占西部地区的比重为23.4%。');
    expect(pick(again, '4.8%').detail).toBe('占全国');
    expect(pick(again, '23.4%').detail).toBe('占西部地区');
  });

  it('reads a rate in per mille (出生率为8.6‰) with its sign', () => {
    const fs = figures('全省常住人口4655万人，出生率为8.6‰。');
    expect(pick(fs, '8.6‰')).toMatchObject({ measure: 'rate', value: 8.6 });
    expect(pick(fs, '8.6‰').label).toContain('8.6‰');
  });

  it('lets a clause naming its own quantity, and a starting value of no stated time, go unlabelled', () => {
    const fs = figures('2023年，青海森林覆盖率达到7.5%，草原综合植被盖度达到58.1%。可可西里藏羚羊种群数量从保护初期的不足2万只恢复到7万只以上。');
    expect(pick(fs, '7.5%').indicator).toBe('forest_coverage');
    expect(pick(fs, '58.1%').indicator).toBeNull();
    expect(pick(fs, '2万只').indicator).toBeNull();
    expect(pick(fs, '7万只').indicator).toBe('tibetan_antelope_population');
  });

  it('keeps 人均 as a kind of an indicator, unless it is the indicator’s own word', () => {
    const fs = figures('2023年，四川人均地区生产总值7.2万元，城镇居民人均可支配收入45227元。');
    expect(pick(fs, '7.2万元')).toMatchObject({ indicator: 'gdp', detail: '人均' });
    expect(pick(fs, '45227元')).toMatchObject({ indicator: 'disposable_income', detail: '城镇居民' });
  });

  it('marks goals and forecasts, not the statistics reported beside them', () => {
    const fs = figures('2024年，重庆外贸进出口总额7000亿元。到2027年，重庆将力争外贸进出口总额突破8000亿元，引进外资企业200家以上。2026年全市生产总值将迈上4万亿元台阶。');
    expect(pick(fs, '7000亿元')).toMatchObject({ indicator: 'trade', period: '2024', goal: false });
    expect(pick(fs, '8000亿元')).toMatchObject({ indicator: 'trade', goal: true });
    expect(pick(fs, '8000亿元').label).toMatch(/^目标 goal · /);
    expect(pick(fs, '200家').goal).toBe(true);
    expect(figures('四川将认真贯彻落实《意见》，今年计划开行班列3000列。')[0]).toMatchObject({ surface: '3000列', goal: true });
    // A forecast of the year of publication; a first estimate of a quarter already over is none.
    const early: CalendarDate = { year: 2024, month: 2, day: 5 };
    expect(figures('预计2024年，全区地区生产总值增长6%左右。', early)[0]).toMatchObject({ surface: '6%', goal: true });
    expect(figures('一季度，重庆软件产业预计实现主营业务收入710亿元。', { year: 2024, month: 4, day: 23 })[0]).toMatchObject({ period: '2024-Q1', goal: false });
    expect(figures('二季度，重庆软件产业实现主营业务收入800亿元。', early)[0]).toMatchObject({ period: '2024-Q2', goal: true });
    // No goal word, but a year after publication (2025): a forecast.
    expect(pick(fs, '4万亿元')).toMatchObject({ period: '2026', goal: true });
  });

  it('reads a share: the numerator names the indicator, the place after 占 is only the base', () => {
    const fs = figures('2023年，青海新能源装机容量占全国总量的约12%，西宁工业增加值占全省比重达40%。');
    const share = pick(fs, '40%');
    expect(share).toMatchObject({ measure: 'share', indicator: 'industrial_value_added', region: '西宁' });
    expect(pick(fs, '12%').region).toBe('青海');
  });

  it('keeps qualifiers and turns TEU and trains into their indicators', () => {
    const fs = figures('今年以来，钦州港集装箱吞吐量已突破50万标箱；截至3月1日，阿拉山口口岸今年已开行中欧班列近1200列，货运量增长两成以上。');
    expect(pick(fs, '50万标箱')).toMatchObject({ value: 500000, unit: 'TEU', indicator: 'freight_teu', approx: 'over', region: '钦州港' });
    expect(pick(fs, '1200列')).toMatchObject({ unit: 'train', indicator: 'china_europe_trains', approx: 'nearly', region: '阿拉山口口岸' });
    expect(pick(fs, '1200列').period).toBe('2025-01-01/2025-03-01');
    expect(pick(fs, '两成')).toMatchObject({ value: 20, unit: 'percent', measure: 'change', approx: 'over' });
  });

  it('keeps a change over a base years back (较2019年增长37%) apart from the year’s growth, the base as its kind', () => {
    const fs = figures('2024年，四川外贸进出口总额比2019年增长30%，比上年增长5.2%。');
    expect(pick(fs, '30%')).toMatchObject({ measure: 'change', period: '2024', indicator: 'trade', detail: '较2019年' });
    expect(pick(fs, '30%').label).toContain('较2019年增长 · 30%');
    expect(pick(fs, '5.2%')).toMatchObject({ period: '2024', detail: null });
    const compared = figures('与2012年相比，2024年西部地区生产总值增长1.3倍。');
    expect(pick(compared, '1.3倍').detail).toBe('较2012年');
    const both = figures('2023年接待游客6.4亿人次，旅游总收入超7000亿元，分别比2019年增长12.6%和14.1%。');
    expect([pick(both, '12.6%').detail, pick(both, '14.1%').detail]).toEqual(['较2019年', '较2019年']);
    const quarter = figures('2024年一季度，贵州外贸进出口总额较2019年同期增长40%。');
    expect(pick(quarter, '40%').detail).toBe('较2019年同期');
    // Against last year: the year's own growth.
    expect(pick(figures('2024年，贵州地区生产总值较2023年增长5.3%。'), '5.3%').detail).toBeNull();
  });

  it('gives indicators listed before 分别 one per figure after it (中欧班列和西部陆海新通道班列分别开行5000列和1万列)', () => {
    const fs = figures('2024年，中欧班列和西部陆海新通道班列分别开行5000列和1万列。');
    expect(fs.map((f) => [f.surface, f.indicator])).toEqual([
      ['5000列', 'china_europe_trains'],
      ['1万列', 'sea_rail_trains'],
    ]);
    // One indicator before 分别: every figure is of it.
    const one = figures('2024年，重庆和四川的地区生产总值分别为3.2万亿元和6.5万亿元。');
    expect(one.map((f) => f.indicator)).toEqual(['gdp', 'gdp']);
  });

  it('leaves a part of a year with no year of its own undated after another year in its sentence (2024年…，一季度增长5.6%)', () => {
    const published = { year: 2025, month: 10, day: 15 };
    const fs = figures('2024年，贵州地区生产总值增长5.3%，一季度增长5.6%。', published);
    expect(pick(fs, '5.3%').period).toBe('2024');
    expect(pick(fs, '5.6%').period).toBeNull();
    // A year given with a part of it (2025年一季度) counts too: 二季度 was the publication's year's.
    const quarters = figures('2025年一季度，四川地区生产总值增长5.6%，二季度增长5.8%。', { year: 2026, month: 3, day: 15 });
    expect(pick(quarters, '5.6%').period).toBe('2025-Q1');
    expect(pick(quarters, '5.8%').period).toBeNull();
    // Alone, or after the publication's own year, it is that year's.
    expect(pick(figures('一季度，贵州地区生产总值增长5.6%。', published), '5.6%').period).toBe('2025-Q1');
    expect(pick(figures('2025年，贵州全力稳增长，一季度地区生产总值增长5.6%。', published), '5.6%').period).toBe('2025-Q1');
  });

  it('gives periods listed before 分别 one per figure after it (2023年和2024年分别增长6%和5.7%)', () => {
    const fs = figures('四川地区生产总值2023年和2024年分别增长6%和5.7%。2023年、2024年，重庆外贸进出口总额分别为7100亿元和7700亿元。');
    expect(fs.map((f) => [f.surface, f.period])).toEqual([
      ['6%', '2023'],
      ['5.7%', '2024'],
      ['7100亿元', '2023'],
      ['7700亿元', '2024'],
    ]);
    const parts = figures('一季度、上半年，广西外贸分别增长5%和7%。', { year: 2025, month: 8, day: 1 });
    expect(parts.map((f) => f.period)).toEqual(['2025-Q1', '2025-H1']);
  });

  it('reads 今年 in a sentence that runs to a date (截至9月底，今年…) as the year so far, but not in a goal or 全年', () => {
    const published = { year: 2025, month: 10, day: 15 };
    const fs = figures('截至9月底，今年西部陆海新通道班列累计发送货物60万标箱，同比增长12%。', published);
    expect(pick(fs, '60万标箱').period).toBe('2025-01-01/2025-09-30');
    expect(pick(fs, '12%').period).toBe('2025-01-01/2025-09-30');
    const goal = figures('截至9月底，全省已完成投资800亿元，今年力争完成1000亿元。', published);
    expect(pick(goal, '800亿元').period).toBe('2025-01-01/2025-09-30');
    expect(pick(goal, '1000亿元')).toMatchObject({ period: '2025', goal: true });
    const year = figures('截至9月底，今年全年目标完成1000亿元的80%。', published);
    expect(pick(year, '1000亿元').period).toBe('2025');
  });

  it('resolves 今年一季度 and 去年 against the publication date', () => {
    const fs = figures('去年，贵州营造林面积达500万亩。今年一季度，贵州完成造林60万亩。', { year: 2024, month: 5, day: 2 });
    expect(pick(fs, '500万亩')).toMatchObject({ period: '2023', indicator: 'afforestation', unit: 'mu' });
    expect(pick(fs, '60万亩')).toMatchObject({ period: '2024-Q1' });
  });

  it('leaves the period out when the publication year is unknown, rather than guessing', () => {
    const fs = figures('今年一季度，贵州完成造林60万亩。', null);
    expect(pick(fs, '60万亩').period).toBeNull();
  });

  it('carries a topic year over semicolons but not into a cumulative total', () => {
    const fs = figures('2024年，陕西完成造林100万亩；四川累计治理修复面积30万亩；云南完成营造林80万亩。');
    expect(pick(fs, '100万亩').period).toBe('2024');
    expect(pick(fs, '30万亩')).toMatchObject({ period: null, region: '四川' });
    expect(pick(fs, '80万亩')).toMatchObject({ period: '2024', region: '云南' });
  });

  it('does not take the speaker’s organisation or a trade partner as the place', () => {
    const fs = figures('成都市商务局负责人说，2024年中欧班列开行量达5000列。广西对东盟进出口额达3000亿元。');
    expect(pick(fs, '5000列').region).toBeNull();
    expect(pick(fs, '3000亿元').region).toBe('广西');
  });

  it('does not give a company’s figures to its place: no indicator, no place carried from earlier', () => {
    const fs = figures('2024年，贵州外贸进出口总额达800亿元。安芯电子负责人介绍，今年公司外贸进出口总额已达6844.46万美元，有30多家单位下单。位于西咸新区的太合智能钻探有限公司年产值突破10亿元。');
    expect(pick(fs, '800亿元')).toMatchObject({ indicator: 'trade', region: '贵州' });
    expect(pick(fs, '6844.46万美元')).toMatchObject({ indicator: null, region: null });
    expect(pick(fs, '30多家')).toMatchObject({ indicator: null, region: null });
    // A place named in the sentence itself stays, as where the company is; the output is not the district's.
    expect(pick(fs, '10亿元')).toMatchObject({ indicator: null, region: '西咸新区' });
  });

  it('counts things with the noun after the count and never labels a count by an earlier cue', () => {
    const fs = figures('以“综合保税区、空港”为骨架，建成4个指定监管场地，布局建设3个自贸试验区。');
    expect(pick(fs, '4个')).toMatchObject({ measure: 'count', indicator: null });
    expect(pick(fs, '3个')).toMatchObject({ measure: 'count', indicator: 'free_trade_zones' });
  });

  it('never reports dates, years, codes, versions, ordinals or durations', () => {
    const fs = figures('3月5日，第二届论坛在G219沿线举行，“5+2”产业体系、行动计划3.0和PM2.5治理连续3年推进，十四五期间成效明显。');
    expect(fs).toEqual([]);
  });

  it('reports a bare index value only after a verb of level', () => {
    const fs = figures('全国营商环境指数提高到78.5，排名前10。');
    expect(fs.map((f) => f.surface)).toEqual(['78.5']);
    expect(fs[0]).toMatchObject({ unit: 'other', measure: 'level' });
  });

  it('labels every figure for the reading page', () => {
    const [f] = figures('2024年，宁夏外贸进出口总额达250.5亿元。');
    expect(f!.label).toContain('进出口总额');
    expect(f!.label).toContain('宁夏');
  });
});
