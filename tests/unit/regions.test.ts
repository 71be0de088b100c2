import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findRegions, regionBySlug, regions, type RegionMention } from '../../src/pipeline/regions.ts';

const slugs = (text: string): string[] => findRegions(text).map((m) => m.slug);
const one = (text: string): RegionMention => {
  const ms = findRegions(text);
  expect(ms).toHaveLength(1);
  return ms[0]!;
};

describe('findRegions: longest match, offsets and entries', () => {
  it('reads 四川省科技厅 as 四川 with the suffix in the surface', () => {
    const m = one('四川省科技厅党组书记');
    expect(m).toEqual({ start: 0, end: 3, surface: '四川省', slug: 'sichuan', name: '四川', kind: 'province', western: true });
  });

  it('keeps 成渝地区双城经济圈 as one mention, not 成都 + 重庆', () => {
    const m = one('大力推进成渝地区双城经济圈建设');
    expect(m.slug).toBe('chengdu-chongqing');
    expect(m.surface).toBe('成渝地区双城经济圈');
    expect(m.start).toBe(4);
    expect(m.western).toBe(true);
  });

  it('keeps a city cluster across provinces apart from the area of one province it is named after (北部湾城市群, 关中平原城市群)', () => {
    expect(one('北部湾城市群').slug).not.toBe(one('北部湾经济区').slug);
    expect(one('关中平原城市群').slug).not.toBe(one('关中地区').slug);
    expect(one('关中平原城市群').kind).toBe('aggregate');
  });

  it('finds 重庆 in 重庆造', () => {
    expect(one('“重庆造”新能源汽车').slug).toBe('chongqing');
  });

  it('does not read the corridor 西部陆海新通道 or the strategy 西部大开发 as 西部地区', () => {
    expect(slugs('沿着西部陆海新通道出口')).toEqual([]);
    expect(slugs('奋力谱写西部大开发新篇章')).toEqual([]);
    expect(slugs('2024年西部陆海新通道铁海联运班列运输货物达96万标箱')).toEqual([]);
  });

  it('reads 全国 inside 全国统一大市场, and 我国 / 中国 as national', () => {
    expect(one('积极融入全国统一大市场建设').slug).toBe('national');
    expect(slugs('我国制造业产品质量合格率')).toEqual(['national']);
    expect(regionBySlug('national')?.name).toBe('全国');
  });

  it('reads no place in the name of the China–Europe (Central Asia) train service', () => {
    expect(findRegions('霍尔果斯口岸通行中欧（中亚）班列6820列').map((m) => m.name)).toEqual(['霍尔果斯口岸']);
  });

  it('reads no place that common words run into (其中国家级, 发展中国家, 其中卫生, 平安顺利, 确定西部), and the place elsewhere', () => {
    expect(slugs('其中国家级高新区52个')).toEqual([]);
    // 其中 西部地区, not 中西部; 其中中西部 keeps it.
    expect(slugs('全国开行1.9万列，其中西部地区开行1.1万列')).toEqual(['national', 'western-china']);
    expect(slugs('其中西部开行')).toEqual(['western-china']);
    expect(slugs('其中亚洲国家占比60%')).toEqual([]);
    expect(slugs('其中中亚国家占比40%')).toEqual(['central-asia']);
    expect(slugs('其中中西部地区开行1.5万列')).toEqual(['central-west']);
    expect(slugs('集中国有资本投向')).toEqual([]);
    expect(slugs('其中卫生健康支出增长5%')).toEqual([]);
    expect(slugs('保障春运平安顺利')).toEqual([]);
    expect(findRegions('会议确定西部地区重点任务').map((m) => m.name)).toEqual(['西部地区']);
    expect(findRegions('从而确定西南地区').map((m) => m.name)).toEqual(['西南地区']);
    expect(slugs('尤其中国经济')).toEqual(['national']);
    expect(slugs('中国家庭消费')).toEqual(['national']);
    expect(slugs('对发展中国家出口增长')).toEqual([]);
    expect(slugs('发展中国经济')).toEqual(['national']);
    expect(findRegions('中卫市、安顺市和甘肃定西的马铃薯').map((m) => m.name)).toEqual(['中卫', '安顺', '甘肃', '定西']);
    // A mountain's east side is not 山东; 山东 is, after any word.
    expect(findRegions('贺兰山东麓葡萄酒产区，六盘山东坡').map((m) => m.name)).toEqual([]);
    expect(findRegions('在山东、河南两省').map((m) => m.name)).toEqual(['山东', '河南']);
  });

  it('reads the aggregate forms of 西部地区', () => {
    for (const t of ['西部地区', '西部', '中国西部', '西部12个省区市', '西部各省份', '我国西部']) {
      const m = one(`推动${t}发展`);
      expect(m.slug, t).toBe('western-china');
      expect(m.surface, t).toBe(t);
      expect(m.name).toBe('西部地区');
    }
    expect(findRegions('广阔的中国西部地区，占全国').map((m) => m.surface)).toEqual(['中国西部地区', '全国']);
  });

  it('reads foreign countries as kind country, not Chinese regions', () => {
    const m = one('钢坯整列出口老挝');
    expect(m).toMatchObject({ slug: 'laos', kind: 'country', western: false });
    expect(slugs('途经哈萨克斯坦、乌兹别克斯坦等国家，最终抵达阿富汗')).toEqual(['kazakhstan', 'uzbekistan', 'afghanistan']);
    expect(one('两周内能抵达东盟').kind).toBe('aggregate');
    expect(slugs('印度尼西亚和印度')).toEqual(['indonesia', 'india']);
  });

  it('finds prefectures, counties, ports and hubs with their parents', () => {
    expect(slugs('在位于青海省玉树藏族自治州杂多县的昂赛大峡谷')).toEqual(['qinghai', 'yushu', 'zadoi']);
    expect(one('截至目前，在玉树州，3.1万名牧民').slug).toBe('yushu');
    const port = one('截至4月9日，霍尔果斯铁路口岸2024年已开行中欧班列2055列');
    expect(port).toMatchObject({ slug: 'khorgos-rail-port', kind: 'port', western: true });
    expect(regionBySlug('khorgos')?.parent).toBe('xinjiang');
    // A port of two crossings (rail, road): the whole port and each crossing are three places.
    expect(one('霍尔果斯口岸进出口600亿元').slug).toBe('khorgos-port');
    expect(one('霍尔果斯公路口岸通行货车12万辆').slug).toBe('khorgos-road-port');
    expect(regionBySlug('khorgos-rail-port')?.parent).toBe('khorgos-port');
    expect(one('阿拉山口铁路口岸通行中欧班列').slug).toBe('alashankou-rail-port');
    expect(one('经阿拉山口口岸出境').slug).toBe('alashankou-port');
    expect(one('从重庆团结村中心站缓缓驶出').slug).toBe('tuanjiecun');
    const qz = one('在广西钦州港');
    expect(qz.slug).toBe('qinzhou-port');
    expect(regionBySlug(regionBySlug(qz.slug)?.parent ?? '')?.parent).toBe('guangxi');
    expect(one('果园港国家物流枢纽').slug).toBe('guoyuan-port');
    expect(one('磨憨—磨丁经济合作区').slug).toBe('mohan');
  });

  it('finds the national new areas with their provinces', () => {
    const text = '实地走访兰州新区、西咸新区、天府新区、两江新区、贵安新区、滇中新区';
    const ms = findRegions(text);
    expect(ms.map((m) => m.slug)).toEqual(['lanzhou-new-area', 'xixian', 'tianfu', 'liangjiang', 'gui-an', 'dianzhong']);
    expect(ms.every((m) => m.kind === 'new_area' && m.western)).toBe(true);
    expect(ms.map((m) => regionBySlug(m.slug)?.parent)).toEqual(['gansu', 'shaanxi', 'sichuan', 'chongqing', 'guizhou', 'yunnan']);
    expect(one('浦东新区').western).toBe(false);
    expect(regions.filter((r) => r.kind === 'new_area')).toHaveLength(19);
  });

  it('matches one-character abbreviations only inside compound entries', () => {
    expect(one('川渝两地要深入推进').slug).toBe('sichuan-chongqing');
    expect(slugs('川菜和渝味')).toEqual([]);
    expect(slugs('黔货出山')).toEqual([]);
    expect(regionBySlug('sichuan')?.abbrevs).toContain('川');
    expect(regionBySlug('chongqing')?.abbrevs).toContain('渝');
  });

  it('takes the leftmost longest match: 广西部署 is 广西, not 西部', () => {
    expect(slugs('广西部署推进南宁国际铁路港建设')).toEqual(['guangxi', 'nanning-rail-port']);
    expect(slugs('陕西西安国际航空枢纽')).toEqual(['shaanxi', 'xian-air-hub']);
  });

  it('does not read compass directions or 部-words as aggregates', () => {
    expect(slugs('四川西部')).toEqual(['sichuan']);
    expect(slugs('其中部分地区')).toEqual([]);
    expect(slugs('集中部署')).toEqual([]);
    expect(slugs('输送到中部地区')).toEqual(['central-china']);
    expect(slugs('东部人工智能企业')).toEqual(['eastern-china']);
    expect(slugs('西南大学')).toEqual([]);
    expect(slugs('西北风')).toEqual([]);
    expect(slugs('深化与东中部、东北地区务实合作')).toEqual(['east-central', 'northeast-china']);
    expect(slugs('深化东中西部科技创新合作')).toEqual(['east-central-west']);
    expect(slugs('广西北部湾')).toEqual(['guangxi', 'beibu-gulf']);
  });

  it('skips ambiguous bare names and street names', () => {
    expect(slugs('文山会海')).toEqual([]);
    expect(one('文山州将加强矿产资源').slug).toBe('wenshan');
    expect(slugs('乌鲁木齐市天山区固原巷社区')).toEqual(['urumqi', 'tianshan-urumqi']);
    expect(slugs('宁夏固原')).toEqual(['ningxia', 'guyuan']);
    expect(slugs('幸福安康')).toEqual([]);
    expect(slugs('陕西安康市')).toEqual(['shaanxi', 'ankang']);
    expect(slugs('北京时间')).toEqual([]);
    expect(slugs('上海成都路')).toEqual(['shanghai']);
  });

  it('prefers the longest place over a contained province name', () => {
    expect(slugs('青海省海南藏族自治州共和县')).toEqual(['qinghai', 'hainan-qinghai', 'gonghe']);
    expect(slugs('新疆生产建设兵团第八师石河子市')).toEqual(['xpcc', 'shihezi']);
    expect(slugs('内蒙古自治区能源局')).toEqual(['inner-mongolia']);
    expect(slugs('新疆维吾尔自治区党委书记')).toEqual(['xinjiang']);
  });

  it('finds the named areas of western news', () => {
    expect(slugs('汾渭平原2024年PM2.5平均浓度')).toEqual(['fenwei-plain']);
    expect(slugs('藏羚羊的保护成效是三江源生态向好的缩影')).toEqual(['sanjiangyuan']);
    expect(slugs('平均海拔超过4600米的可可西里')).toEqual(['hoh-xil']);
    expect(slugs('融入粤港澳大湾区、长江经济带等重大战略')).toEqual(['greater-bay-area', 'yangtze-economic-belt']);
  });

  it('returns nothing for empty or non-string input', () => {
    expect(findRegions('')).toEqual([]);
    expect(findRegions(undefined as unknown as string)).toEqual([]);
    expect(findRegions(42 as unknown as string)).toEqual([]);
  });
});

describe('gazetteer', () => {
  const western = ['chongqing', 'sichuan', 'guizhou', 'yunnan', 'xizang', 'shaanxi', 'gansu', 'qinghai', 'ningxia', 'xinjiang', 'inner-mongolia', 'guangxi'];

  it('has the 12 western provincial units with full names and English names', () => {
    for (const s of western) {
      const e = regionBySlug(s);
      expect(e, s).toBeDefined();
      expect(e!.western).toBe(true);
      expect(e!.parent).toBeNull();
      expect(e!.en.length).toBeGreaterThan(0);
    }
    expect(regionBySlug('guangxi')!.aliases).toContain('广西壮族自治区');
    expect(regionBySlug('xinjiang')!.aliases).toContain('新疆维吾尔自治区');
    expect(regionBySlug('ningxia')!.kind).toBe('autonomous_region');
    expect(regionBySlug('chongqing')!.kind).toBe('municipality');
    expect(regionBySlug('sichuan')!.en).toBe('Sichuan');
    const provincial = regions.filter((r) => r.western && r.parent === null && ['province', 'municipality', 'autonomous_region'].includes(r.kind));
    expect(provincial.map((r) => r.slug).sort()).toEqual([...western].sort());
  });

  it('has the other provinces as non-western', () => {
    for (const s of ['beijing', 'shanghai', 'hebei', 'guangdong', 'hainan', 'jilin']) expect(regionBySlug(s)?.western, s).toBe(false);
    expect(findRegions('河北省石家庄市')[0]).toMatchObject({ slug: 'hebei', western: false });
  });

  it('is consistent: unique slugs, known parents, no shared aliases, no one-character aliases', () => {
    const seen = new Set<string>();
    const owner = new Map<string, string>();
    for (const r of regions) {
      expect(seen.has(r.slug), r.slug).toBe(false);
      seen.add(r.slug);
      expect(r.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      if (r.parent !== null) expect(regionBySlug(r.parent), `${r.slug} → ${r.parent}`).toBeDefined();
      const forms = r.matchName === false ? r.aliases : [r.name, ...r.aliases];
      for (const a of forms) {
        expect(a.length, `${r.slug}: ${a}`).toBeGreaterThan(1);
        expect(owner.get(a) ?? r.slug, a).toBe(r.slug);
        owner.set(a, r.slug);
      }
    }
    expect(regionBySlug('no-such-place')).toBeUndefined();
  });

  it('resolves every alias back to its own entry', () => {
    for (const r of regions) {
      for (const a of r.matchName === false ? r.aliases : [r.name, ...r.aliases]) {
        const ms = findRegions(a);
        // a few aliases are themselves non-region words (none today) or contain a blocker; all must map back
        expect(ms.map((m) => m.slug), a).toEqual([r.slug]);
      }
    }
  });
});

describe('findRegions: robustness', () => {
  const check = (text: string): void => {
    const ms = findRegions(text);
    let last = 0;
    for (const m of ms) {
      expect(m.start).toBeGreaterThanOrEqual(last);
      expect(m.end).toBeGreaterThan(m.start);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(m.start, m.end)).toBe(m.surface);
      expect(regionBySlug(m.slug)?.name).toBe(m.name);
      last = m.end;
    }
  };

  it('never throws and returns ordered in-bounds mentions on random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), check), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), check), { numRuns: 300 });
  });

  it('never throws on strings made of region words and their fragments', () => {
    const pieces = ['西部', '西部地区', '陆海新通道', '四川', '省', '成渝', '地区双城经济圈', '重庆', '广西', '部署', '中', '部分', '全国', '老挝', '固原', '巷', '路', '大学', '\uD800', '😀', '，'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join('')), check), { numRuns: 500 });
  });

  it('scans 1 MB quickly', () => {
    const unit = '2023年，西部地区进出口总额达3.7万亿元。四川省科技厅、成渝地区双城经济圈、广西钦州港、出口老挝、西部陆海新通道。';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    findRegions(text.slice(0, 10_000)); // warm up
    const t = performance.now();
    const ms = findRegions(text);
    const elapsed = performance.now() - t;
    expect(ms.length).toBeGreaterThan(10_000);
    expect(elapsed).toBeLessThan(1000);
  });
});
