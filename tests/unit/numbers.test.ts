import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findNumbers, numberAt, parseChineseNumeral, trailingApprox, type NumberMatch } from '../../src/pipeline/numbers.ts';

/** The surface of each number found, with its value: a compact view for assertions. */
function read(text: string): { surface: string; value: number }[] {
  return findNumbers(text).map((m) => ({ surface: text.slice(m.start, m.end), value: m.value }));
}

function only(text: string): NumberMatch {
  const found = findNumbers(text);
  expect(found, `numbers of ${text}`).toHaveLength(1);
  return found[0]!;
}

function surfaces(text: string): string[] {
  return findNumbers(text).map((m) => text.slice(m.start, m.end));
}

describe('Arabic numbers', () => {
  it('reads scale words into the value and the match', () => {
    expect(read('地区生产总值达20.5万亿元')).toEqual([{ surface: '20.5万亿', value: 20_500_000_000_000 }]);
    expect(read('运输货物96万标箱')).toEqual([{ surface: '96万', value: 960_000 }]);
    expect(read('外贸进出口10457.2亿元')).toEqual([{ surface: '10457.2亿', value: 1_045_720_000_000 }]);
    expect(read('投资5千万元')).toEqual([{ surface: '5千万', value: 50_000_000 }]);
    expect(read('共3千多家企业')).toEqual([{ surface: '3千多', value: 3000 }]);
    expect(read('装机1200万千瓦')).toEqual([{ surface: '1200万', value: 12_000_000 }]);
  });

  it('does not take the 千 of a unit word as a scale', () => {
    expect(read('全长3千米')).toEqual([{ surface: '3', value: 3 }]);
    expect(read('功率5千瓦')).toEqual([{ surface: '5', value: 5 }]);
  });

  it('reads thousands separators and decimals, half and full width', () => {
    expect(read('共1,234.5亿元')).toEqual([{ surface: '1,234.5亿', value: 123_450_000_000 }]);
    expect(read('达１２，３４５家')).toEqual([{ surface: '１２，３４５', value: 12_345 }]);
    expect(read('增长１．５％')).toEqual([{ surface: '１．５％', value: 1.5 }]);
    expect(read('１２３４５６列')).toEqual([{ surface: '１２３４５６', value: 123_456 }]);
  });

  it('ends at a clause comma and at a list comma', () => {
    expect(read('已开行中欧班列2055列，占全国')).toEqual([{ surface: '2055', value: 2055 }]);
    expect(read('增长12，345家企业')).toEqual([{ surface: '12', value: 12 }, { surface: '345', value: 345 }]);
    expect(read('分别增长25%、15%')).toEqual([{ surface: '25%', value: 25 }, { surface: '15%', value: 15 }]);
    expect(read('2019,2020年')).toEqual([{ surface: '2019', value: 2019 }, { surface: '2020', value: 2020 }]);
  });

  it('reads 多 and 余 before or after the scale word', () => {
    const sixty = only('帮扶企业60余万家');
    expect(sixty.value).toBe(600_000);
    expect(sixty.approx).toBe('over');
    const seven = only('种群数量增至7万多只');
    expect(seven.value).toBe(70_000);
    expect(seven.approx).toBe('over');
    expect(only('有30多家单位').value).toBe(30);
    expect(only('已达3千多万元').value).toBe(30_000_000);
  });

  it('skips ordinals after 第 and reads negative numbers', () => {
    expect(findNumbers('第3版，第12届')).toEqual([]);
    const negative = only('增速为-0.5%');
    expect(negative.value).toBe(-0.5);
    expect(negative.kind).toBe('percent');
  });

  it('reports codes glued to letters (a later stage filters them)', () => {
    expect(surfaces('G318川藏段，PM2.5浓度')).toEqual(['318', '2.5']);
  });
});

describe('percent, percentage points, multiples and tenths', () => {
  it('reads each kind with its value as written', () => {
    const cases: [string, string, number, string][] = [
      ['同比增长11%', '11%', 11, 'percent'],
      ['占比３３．９％', '３３．９％', 33.9, 'percent'],
      ['增长百分之三十', '百分之三十', 30, 'percent'],
      ['百分之四十五点五', '百分之四十五点五', 45.5, 'percent'],
      ['百分之30的企业', '百分之30', 30, 'percent'],
      ['约占三分之一', '三分之一', 100 / 3, 'percent'],
      ['千分之五', '千分之五', 0.5, 'percent'],
      ['提高3个百分点', '3个百分点', 3, 'percentage_point'],
      ['下降0.5个百分点', '0.5个百分点', 0.5, 'percentage_point'],
      ['提高零点五个百分点', '零点五个百分点', 0.5, 'percentage_point'],
      ['增长2倍', '2倍', 2, 'multiple'],
      ['增长一倍', '一倍', 1, 'multiple'],
      ['占全国七成', '七成', 70, 'tenths'],
      ['超7成企业', '7成', 70, 'tenths'],
      ['不足一成', '一成', 10, 'tenths'],
    ];
    for (const [text, surface, value, kind] of cases) {
      const m = only(text);
      expect(text.slice(m.start, m.end), text).toBe(surface);
      expect(m.value, text).toBeCloseTo(value, 9);
      expect(m.kind, text).toBe(kind);
    }
  });

  it('keeps 多 after 倍 and 成 in the match', () => {
    const tenths = only('占全国国土面积七成多，');
    expect(tenths).toMatchObject({ value: 70, kind: 'tenths', approx: 'over', numeral: 'chinese' });
    expect(tenths.end).toBe('占全国国土面积七成多'.length);
    expect(only('增长1.5倍多')).toMatchObject({ value: 1.5, kind: 'multiple', approx: 'over' });
    expect(only('提高1个多百分点')).toMatchObject({ value: 1, kind: 'percentage_point', approx: 'over' });
  });

  it('does not read 成 as tenths when it starts a word', () => {
    expect(findNumbers('3成为')).toHaveLength(1);
    expect(only('3成为').kind).toBe('plain');
    expect(findNumbers('2024成都')[0]?.kind).toBe('plain');
  });
});

describe('Chinese numerals', () => {
  it('reads quantities with measure words and units', () => {
    expect(read('三千亿元')).toEqual([{ surface: '三千亿', value: 300_000_000_000 }]);
    expect(read('五千亿元')).toEqual([{ surface: '五千亿', value: 500_000_000_000 }]);
    expect(read('两周内能抵达')).toEqual([{ surface: '两', value: 2 }]);
    expect(read('形成全国百个重点项目')).toEqual([{ surface: '百', value: 100 }]);
    expect(read('四个板块')).toEqual([{ surface: '四', value: 4 }]);
    expect(read('十二万三千四百五十六人')).toEqual([{ surface: '十二万三千四百五十六', value: 123_456 }]);
    expect(read('一万零五个')).toEqual([{ surface: '一万零五', value: 10_005 }]);
    expect(read('三点五万吨')).toEqual([{ surface: '三点五万', value: 35_000 }]);
  });

  it('reads a scale word alone before a currency', () => {
    const m = only('以美元计首次突破万亿美元');
    expect(m).toMatchObject({ value: 1_000_000_000_000, approx: 'over', numeral: 'chinese' });
    expect('以美元计首次突破万亿美元'.slice(m.approxStart, m.start)).toBe('突破');
  });

  it('reads 几, 多 and 余 after Chinese numerals, with a scale after them', () => {
    expect(only('十几个城市')).toMatchObject({ value: 10, approx: 'over' });
    expect(only('十多万人')).toMatchObject({ value: 100_000, approx: 'over' });
    expect(only('两千多家')).toMatchObject({ value: 2000, approx: 'over' });
    expect(only('一万多亿元')).toMatchObject({ value: 1_000_000_000_000, approx: 'over' });
    expect(only('上百家企业')).toMatchObject({ value: 100, approx: 'over' });
  });

  it('does not read numerals inside ordinary words', () => {
    const words = [
      '共建“一带一路”', '全国统一大市场', '一体化', '唯一入选', '老挝首都万象', '学习运用“千万工程”经验',
      '一些地方', '培育一批农业强县', '今年一季度', '第三版', '“三北”工程', '零部件', '千家万户', '百年变局',
      '千里之外', '十分温暖', '一点一滴', '一一对应', '三三两两', '“十四五”规划', '数十列客车', '几百家',
      '星期三下午', '四川', '两江新区', '四通八达', '万一出现', '十万火急', '五湖四海', '三大标志性战役',
    ];
    for (const text of words) expect(findNumbers(text), text).toEqual([]);
  });

  it('reads numbers with a written place word even without a measure word', () => {
    // 十八大 and 二十大 are reported here and filtered by non-figures.ts.
    expect(surfaces('党的十八大以来')).toEqual(['十八']);
    expect(surfaces('四月二十三日')).toEqual(['二十三']);
  });

  it('reads years written digit by digit', () => {
    expect(read('二〇二四年')).toEqual([{ surface: '二〇二四', value: 2024 }]);
    expect(read('一九九九年')).toEqual([{ surface: '一九九九', value: 1999 }]);
  });
});

describe('qualifiers', () => {
  it('reads qualifiers before the number into approx and approxStart', () => {
    const cases: [string, string, NumberMatch['approx']][] = [
      ['退耕还林还草超过3.2亿亩', '超过', 'over'],
      ['已突破20万标箱', '突破', 'over'],
      ['超700班次', '超', 'over'],
      ['逾百个项目', '逾', 'over'],
      ['人口占全国约27%', '约', 'about'],
      ['大约3000人', '大约', 'about'],
      ['常住人口约为27万人', '约为', 'about'],
      ['约占45.8%', '约占', 'about'],
      ['近2000家客户', '近', 'nearly'],
      ['接近一半', '', null],
      ['将近5万人', '将近', 'nearly'],
      ['不到10%', '不到', 'under'],
      ['不足5000元', '不足', 'under'],
      ['不超过3%', '不超过', 'under'],
      ['不少于100家', '不少于', 'over'],
    ];
    for (const [text, qualifier, approx] of cases) {
      const found = findNumbers(text);
      if (approx === null) {
        expect(found, text).toEqual([]);
        continue;
      }
      const m = found[0]!;
      expect(m.approx, text).toBe(approx);
      expect(text.slice(m.approxStart ?? m.start, m.start), text).toBe(qualifier);
    }
  });

  it('reads 以上, 左右 and 以下 after the number without taking them into the match', () => {
    const m = only('良品率达到95%以上');
    expect(m).toMatchObject({ value: 95, approx: 'over' });
    expect('良品率达到95%以上'.slice(m.start, m.end)).toBe('95%');
    expect(only('增长10%左右').approx).toBe('about');
    expect(only('控制在3%以下').approx).toBe('under');
  });

  it('ignores 约 and 近 when they belong to another word', () => {
    expect(only('签约100亿元').approx).toBeNull();
    expect(only('最近5年').approx).toBeNull();
    expect(only('近5年来').approx).toBeNull();
  });

  it('exports trailingApprox for qualifiers after a unit', () => {
    const text = '实现100亿元以上，3个多月，5家多元化企业，余额';
    expect(trailingApprox(text, text.indexOf('以上'))).toEqual({ approx: 'over', end: text.indexOf('以上') + 2 });
    expect(trailingApprox(text, text.indexOf('多月'))).toEqual({ approx: 'over', end: text.indexOf('多月') + 1 });
    expect(trailingApprox(text, text.indexOf('多元'))).toBeNull();
    expect(trailingApprox(text, text.indexOf('余额'))).toBeNull();
    expect(trailingApprox('左右', 0)).toEqual({ approx: 'about', end: 2 });
    expect(trailingApprox('以下简称', 0)).toBeNull();
    expect(trailingApprox('abc', 5)).toBeNull();
    expect(trailingApprox('abc', -1)).toBeNull();
  });
});

describe('ranges', () => {
  it('borrows the scale and percent word of the second end', () => {
    const cases: [string, string, number, number, string][] = [
      ['3至5万人', '3至5万', 30_000, 50_000, 'plain'],
      ['1-2万元', '1-2万', 10_000, 20_000, 'plain'],
      ['增长20%—30%', '20%—30%', 20, 30, 'percent'],
      ['增长20—30%', '20—30%', 20, 30, 'percent'],
      ['三至五个', '三至五', 3, 5, 'plain'],
      ['二十至三十万人', '二十至三十万', 200_000, 300_000, 'plain'],
      ['3千至5千万元', '3千至5千万', 30_000_000, 50_000_000, 'plain'],
      ['3万至5万元', '3万至5万', 30_000, 50_000, 'plain'],
      ['三至四成', '三至四成', 30, 40, 'tenths'],
    ];
    for (const [text, surface, low, high, kind] of cases) {
      const m = only(text);
      expect(text.slice(m.start, m.end), text).toBe(surface);
      expect(m.range, text).toEqual({ low, high });
      expect(m.value, text).toBe(low);
      expect(m.kind, text).toBe(kind);
    }
  });

  it('does not read dates, dashes or descending pairs as ranges', () => {
    expect(findNumbers('2024-03-28').every((m) => m.range === undefined)).toBe(true);
    expect(findNumbers('03-28').every((m) => m.range === undefined)).toBe(true);
    expect(findNumbers('5—3').every((m) => m.range === undefined)).toBe(true);
    expect(findNumbers('增长5%——这是').every((m) => m.range === undefined)).toBe(true);
  });
});

describe('parseChineseNumeral', () => {
  it('reads well-formed numerals', () => {
    const cases: [string, number][] = [
      ['三千亿', 300_000_000_000],
      ['二〇二四', 2024],
      ['两', 2],
      ['十八', 18],
      ['十', 10],
      ['一万零五', 10_005],
      ['一千零十', 1010],
      ['一万五', 15_000],
      ['三千五', 3500],
      ['一亿五千万', 150_000_000],
      ['两万亿', 2_000_000_000_000],
      ['万亿', 1_000_000_000_000],
      ['百', 100],
      ['三点五万', 35_000],
      ['零点五', 0.5],
      ['3.5万', 35_000],
      ['1,234亿', 123_400_000_000],
    ];
    for (const [s, value] of cases) expect(parseChineseNumeral(s), s).toBe(value);
  });

  it('rejects strings that are not one number', () => {
    for (const s of ['', '十四五', '二三百', '亿万', '十十', '百千', '三点', '一万万', 'abc', '3.5万元', '点五']) {
      expect(parseChineseNumeral(s), s).toBeNull();
    }
  });
});

describe('numberAt', () => {
  it('reads a numeral at an index even when it is not a quantity in context', () => {
    expect(numberAt('“三北”工程', 1)).toMatchObject({ start: 1, end: 2, value: 3 });
    expect(numberAt('“三北”工程', 0)).toBeNull();
    expect(numberAt('abc', 10)).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const CHINESE_DIGITS = '零一二三四五六七八九';

/** 1..9999 in Chinese notation, with 零 for skipped places: 1005 → 一千零五. */
function chineseBelowTenThousand(n: number): string {
  const places = ['千', '百', '十', ''];
  const digits = [Math.floor(n / 1000) % 10, Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = '';
  let pendingZero = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      if (out !== '') pendingZero = true;
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += CHINESE_DIGITS.charAt(d) + places[i];
  });
  return out;
}

/** 1..99999999 in Chinese notation (一万二千三百零五); `short` writes 十五 for 一十五 at the start. */
function chineseNumeral(n: number, short: boolean, liang: boolean): string {
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  let out = high > 0 ? `${chineseBelowTenThousand(high)}万` : '';
  if (low > 0) out += (high > 0 && low < 1000 ? '零' : '') + chineseBelowTenThousand(low);
  if (short && out.startsWith('一十')) out = out.slice(1);
  if (liang && /^二[千百万]/.test(out)) out = `两${out.slice(1)}`;
  return out;
}

function withSeparators(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function toFullWidth(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x30 + 0xff10)).replace(/\./g, '．').replace(/,/g, '，');
}

const SCALES: [string, number][] = [['', 0], ['百', 2], ['千', 3], ['万', 4], ['亿', 8], ['万亿', 12], ['千万', 7], ['百万', 6], ['千亿', 11]];

function closeTo(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= Math.abs(expected) * 1e-12;
}

describe('properties', () => {
  it('reads back Arabic amounts with separators, decimals and scale words', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_999_999 }),
        fc.option(fc.integer({ min: 1, max: 99 }), { nil: undefined }),
        fc.constantFrom(...SCALES),
        fc.boolean(),
        fc.boolean(),
        (integer, decimals, [scale, exp], separate, fullWidth) => {
          const fraction = decimals === undefined ? '' : `.${String(decimals).padStart(2, '0')}`;
          let numeral = `${separate ? withSeparators(String(integer)) : String(integer)}${fraction}`;
          if (fullWidth) numeral = toFullWidth(numeral);
          const text = `收入达${numeral}${scale}元。`;
          const expected = Number(`${integer}${fraction}e${exp}`);
          const found = findNumbers(text);
          expect(found).toHaveLength(1);
          const m = found[0]!;
          expect(text.slice(m.start, m.end)).toBe(`${numeral}${scale}`);
          expect(closeTo(m.value, expected)).toBe(true);
          expect(parseChineseNumeral(`${numeral}${scale}`)).not.toBeNull();
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads back Chinese numerals with an optional 亿', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 99_999_999 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (n, short, liang, yi) => {
          const numeral = `${chineseNumeral(n, short, liang)}${yi ? '亿' : ''}`;
          const expected = yi ? n * 1e8 : n;
          expect(parseChineseNumeral(numeral)).toBe(expected);
          const text = `总额达${numeral}元，`;
          const found = findNumbers(text);
          expect(found).toHaveLength(1);
          expect(text.slice(found[0]!.start, found[0]!.end)).toBe(numeral);
          expect(found[0]!.value).toBe(expected);
          expect(found[0]!.numeral).toBe('chinese');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads back percentages written with % and with 百分之', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }), (n, tenth) => {
        const expected = tenth === undefined ? n : n + tenth / 10;
        const arabic = only(`同比增长${tenth === undefined ? n : `${n}.${tenth}`}%。`);
        expect(arabic.kind).toBe('percent');
        expect(closeTo(arabic.value, expected)).toBe(true);
        const written = `百分之${chineseNumeral(n, true, false)}${tenth === undefined ? '' : `点${CHINESE_DIGITS.charAt(tenth)}`}`;
        const chinese = only(`同比增长${written}。`);
        expect(chinese.kind).toBe('percent');
        expect(closeTo(chinese.value, expected)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  const NUMBERISH = [...'0123456789０１２３.,，．%％一二两三四五六七八九十百千万亿零〇点分之成倍个多余几约超近第年月日元亩家-—至到~“”G+±以上左右下 \n'];

  function checkShape(text: string): void {
    const found = findNumbers(text);
    let previousEnd = 0;
    for (const m of found) {
      expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
      expect(m.start).toBeGreaterThanOrEqual(previousEnd);
      expect(m.end).toBeGreaterThan(m.start);
      expect(m.end).toBeLessThanOrEqual(text.length);
      if (m.approxStart !== undefined) {
        expect(m.approxStart).toBeGreaterThanOrEqual(previousEnd);
        expect(m.approxStart).toBeLessThan(m.start);
        expect(m.approx).not.toBeNull();
      }
      expect(Number.isFinite(m.value)).toBe(true);
      expect(['plain', 'percent', 'percentage_point', 'multiple', 'tenths']).toContain(m.kind);
      expect(['arabic', 'chinese', 'mixed']).toContain(m.numeral);
      if (m.range) expect(m.range.low).toBeLessThan(m.range.high);
      previousEnd = m.end;
    }
  }

  it('never throws and returns ordered offsets within bounds on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), checkShape), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), checkShape), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...NUMBERISH), maxLength: 60 }), checkShape), { numRuns: 2000 });
  });

  it('never throws on any index', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...NUMBERISH), maxLength: 30 }), fc.integer({ min: -5, max: 40 }), (text, index) => {
        const m = numberAt(text, index);
        if (m) expect(m.start).toBe(index);
        const t = trailingApprox(text, index);
        if (t) expect(t.end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('performance', () => {
  it('reads 5 MB of news text in linear time', () => {
    const paragraph = '2024年，西部地区进出口总额达3.7万亿元，较2019年增长37%；内蒙古完成“三北”工程建设任务2442万亩，约占全国总任务的45.8%，日均完成生态治理6万多亩。占全国国土面积七成多，一带一路，一季度。';
    const text = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    const started = performance.now();
    const found = findNumbers(text);
    const elapsed = performance.now() - started;
    expect(found.length).toBe(8 * Math.ceil(5_000_000 / paragraph.length));
    expect(elapsed).toBeLessThan(3000);
    // Degenerate runs are skipped as a whole.
    for (const degenerate of ['一'.repeat(2_000_000), '1'.repeat(2_000_000), '亿万'.repeat(1_000_000)]) {
      const t0 = performance.now();
      findNumbers(degenerate);
      expect(performance.now() - t0).toBeLessThan(3000);
    }
  });
});
