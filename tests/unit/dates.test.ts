import { describe, expect, it } from 'vitest';
import { inferPublications, publishedOn } from '../../src/pipeline/dates.ts';

const input = (id: string, file: string, text: string, bylines: string[] = [], keywords: string[] = []) => ({ id, file, text, bylines, keywords });
/** The publication of a text read alone. */
const dateOf = (text: string, bylines: string[] = []) => inferPublications([input('a', 'a.txt', text, bylines)]).get('a')!;

describe('publication dates', () => {
  it('takes month and day from a dateline and the year from complete-year data', () => {
    const p = dateOf('2023年，全区生产总值增长5%。（新华社成都3月2日电 记者某某）', ['（新华社成都3月2日电 记者某某）']);
    expect(p).toMatchObject({ date: '2024-03-02', basis: 'dateline', source: '新华社' });
    expect(publishedOn(p)).toEqual({ year: 2024, month: 3, day: 2 });
  });

  it('takes the year a dateline prints, over any year the data suggests', () => {
    const p = dateOf('新华社兰州2024年10月25日电（记者某某）2024年全年增长5%。');
    expect(p).toMatchObject({ date: '2024-10-25', basis: 'dateline' });
    expect(p.method).toMatch(/^year 2024 from dateline “新华社兰州2024年10月25日电”/);
  });

  it('takes a page’s date stamp line as the date, over a year-end the text reports', () => {
    const stamp = '2025年12月28日　来源：云南日报';
    const p = inferPublications([input('a', 'a.txt', `标题\n${stamp}\n截至2025年底，全省电力总装机达到1.3亿千瓦。`, [stamp])]).get('a')!;
    expect(p).toMatchObject({ date: '2025-12-28', basis: 'dateline', source: '云南日报' });
    expect(p.method).toContain('date line “2025年12月28日');
    // Written inside a sentence, a date is an event's: no date line.
    const q = dateOf('2025年12月28日，全省电力总装机达到1.3亿千瓦。', ['2025年12月28日，全省电力总装机达到1.3亿千瓦。']);
    expect(q.method).not.toContain('date line');
  });

  it('treats a year the text reports as ongoing as the current year', () => {
    const p = dateOf('截至5月6日，口岸2024年已开行班列300列。8日上午，新线路开通。');
    expect(p.date).toBe('2024-05-08');
  });

  it('takes no year from a deadline (到2027年，…) unless the sentence says it was met, nor from a span', () => {
    const deadline = dateOf('今年1—10月，外贸增长12.5%。同时，推动陆港扩能，到2027年全省口岸货运量达到1000万吨。');
    expect(deadline).toMatchObject({ year: null, date: null });
    const met = dateOf('到2023年底，全省累计建成5G基站10万个。');
    expect(met.year).toBe(2024);
    const span = dateOf('风电装机由2020年的900万千瓦增长到2024年的5500万千瓦。');
    expect(span.year).toBe(2025);
  });

  it('takes the year from data written in Chinese numerals (二〇二五年…五百六十八万吨), not from a lone 一个', () => {
    expect(dateOf('二〇二五年，新疆棉花总产量达到五百六十八万吨。').year).toBe(2026);
    expect(dateOf('二〇二五年，全区棉花产量占全国的百分之九十二点二。').year).toBe(2026);
    expect(dateOf('2025年，一个新的发展阶段开启，十项工程落地。').year).toBeNull();
  });

  it('dates a report of part of a year (2025年上半年, 前三季度) in that year, not the next', () => {
    const half = dateOf('新华社北京8月12日电　2025年上半年，西部地区生产总值同比增长5.6%。', ['新华社北京8月12日电']);
    expect(half.date).toBe('2025-08-12');
    const quarters = dateOf('2024年前三季度，全市生产总值增长6.1%。');
    expect(quarters.year).toBe(2024);
    const whole = dateOf('2024年，全市生产总值增长6.1%。');
    expect(whole.year).toBe(2025);
    const months = dateOf('本报成都12月1日电　2025年1—11月，四川实际使用外资28.6亿美元。', ['本报成都12月1日电']);
    expect(months.date).toBe('2025-12-01');
    const holiday = dateOf('2025年春运期间，全省铁路发送旅客1200万人次。');
    expect(holiday.year).toBe(2025);
    const allMonths = dateOf('2025年1—12月，四川实际使用外资28.6亿美元。');
    expect(allMonths.year).toBe(2026);
  });

  it('takes no year from an event’s year (2023年开工, 2021年投产) or a base (与2020年相比, 在2024年的基础上)', () => {
    expect(dateOf('该项目于2023年开工，总投资80亿元。').year).toBeNull();
    // Reported years later: 今年 here is not 2021.
    expect(dateOf('宜宾基地一期项目2021年投产，今年前三季度实现产值420亿元。（本报宜宾10月15日电）', ['（本报宜宾10月15日电）']).year).toBeNull();
    expect(dateOf('该项目于2021年3月15日正式开工，今年前三季度完成投资20亿元。').year).toBeNull();
    expect(dateOf('2024年10月25日，西部陆海新通道班列开行量突破1万列。').year).toBe(2024);
  });

  it('takes no date from when a rule takes effect or a deadline, and the end of a year as its whole', () => {
    expect(dateOf('《条例》自2026年1月1日起施行。今年前三季度，全省查处案件1200件。')).toMatchObject({ year: null, month: null });
    expect(dateOf('会议要求，2025年12月31日前完成全部整改任务，今年已完成整改80%。')).toMatchObject({ year: null, month: null });
    // With a year from elsewhere, such a date gives no month either.
    expect(dateOf('2024年全省GDP增长5.5%。《条例》自2026年1月1日起施行。')).toMatchObject({ year: 2025, month: null });
    // 截至2024年底 reports 2024 to its end: written in 2025 or later, as 2024年全年 is.
    expect(dateOf('截至2024年底，全省累计建成5G基站12万个。').year).toBe(2025);
    expect(dateOf('与2020年相比，全省GDP增长30%。').year).toBeNull();
    expect(dateOf('在2024年的基础上，全省GDP增长5%，达到6.5万亿元。').year).toBeNull();
    expect(dateOf('2025年秋粮收购量达到500万吨。2025年第一批项目共120个。').year).toBe(2025);
  });

  it('takes no year from the year of a comparison base (恢复至2019年同期的112%)', () => {
    const p = dateOf('截至9月底，高速公路通车里程达到8800公里。机场旅客吞吐量1850万人次，恢复至2019年同期的112%。');
    expect(p.year).toBeNull();
  });

  it('takes no year from a plan or forecast set for a year', () => {
    const text = '前三季度，全市生产总值增长6.1%。到2027年，全市将力争外贸进出口总额突破8000亿元。计划2026年建成枢纽5个。（本报重庆11月20日电）';
    const p = inferPublications([input('a', 'a.txt', text, ['（本报重庆11月20日电）'])]).get('a')!;
    expect(p).toMatchObject({ date: null, year: null });
    // A year reported as data in the next sentence still dates the text.
    const q = inferPublications([input('b', 'b.txt', `2024年，全市生产总值增长5%。${text}`, ['（本报重庆11月20日电）'])]).get('b')!;
    expect(q.date).toBe('2025-11-20');
    // 2025年底前 sets a deadline too: the text was written before it, not after 2025 was over.
    expect(dateOf('确保2025年底前西部地区高速公路通车里程突破7万公里。（本报北京11月20日电）', ['（本报北京11月20日电）'])).toMatchObject({ year: null });
  });

  it('borrows the year from a dated article about the same event in the same days', () => {
    const pubs = inferPublications([
      input('dated', 'd.txt', '2023年全年增长6%。截至4月1日，2024年已完成投资。3日上午，座谈会召开。', [], ['座谈会', '西部', '开发']),
      input('undated', 'u.txt', '4月3日下午，座谈会召开，反响热烈。', [], ['座谈会', '反响', '开发']),
      input('unrelated', 'x.txt', '4月3日，某地举行运动会。', [], ['运动会']),
    ]);
    expect(pubs.get('undated')).toMatchObject({ date: '2024-04-03', basis: 'corpus' });
    expect(pubs.get('unrelated')).toMatchObject({ date: null, basis: 'latest-event' });
    // Sharing only words every report of figures has (增长, 亿元) is no shared event.
    const generic = inferPublications([
      input('dated', 'd.txt', '2024年全年增长6%。11月20日，全省能源工业增加值增长6.2%。', [], ['增长', '亿元', '能源']),
      input('undated', 'u.txt', '本报重庆11月20日电　前三季度，全市外贸增长3%。', [], ['增长', '亿元', '外贸']),
    ]);
    expect(generic.get('undated')).toMatchObject({ year: null });
  });

  it('borrows no year where reports of those days of several years share its words (an archive of several years)', () => {
    const reports = (otherYear: string) =>
      inferPublications([
        input('dated', 'd.txt', '2023年全年增长6%。截至4月1日，2024年已完成投资。3日上午，座谈会召开。', [], ['座谈会', '西部', '开发']),
        input('earlier', 'e.txt', `${otherYear}年全年增长5%。4月2日，座谈会召开。`, [], ['座谈会', '通道']),
        input('undated', 'u.txt', '4月3日下午，座谈会召开，反响热烈。', [], ['座谈会', '反响', '开发']),
      ]).get('undated');
    // The other report is of 2023 (written in 2024): the same year, borrowed.
    expect(reports('2023')).toMatchObject({ date: '2024-04-03', basis: 'corpus' });
    // Of 2022 (written in 2023): which year the undated one is of is a guess.
    expect(reports('2022')).toMatchObject({ year: null, basis: 'latest-event' });
  });

  it('dates the pieces of one file together and lets the metadata file override', () => {
    const pubs = inferPublications(
      [input('p1', 'page.txt', '2024年，全年完成造林10万亩。'), input('p2', 'page.txt', '在2月27日的发布会上，发言人介绍情况。')],
      { p2: { date: '2025-03-01', source: '人民日报' } },
    );
    expect(pubs.get('p1')!.date).toBe('2025-02-27');
    expect(pubs.get('p2')).toMatchObject({ date: '2025-03-01', basis: 'metadata', source: '人民日报' });
  });
});
