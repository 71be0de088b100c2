import { describe, expect, it } from 'vitest';
import { findSpeaker, isAttributionOnly, parseSubject } from '../../src/pipeline/speakers.ts';

const texts = (...lines: string[]) => lines.map((text) => ({ text }));
const who = (lines: string[], index: number) => {
  const s = findSpeaker(texts(...lines), index);
  return s && { organization: s.organization, title: s.title, name: s.name };
};

describe('findSpeaker: attribution after the quote', () => {
  it('reads the attribution sentence that follows a quote', () => {
    const lines = ['“我们要强化科技创新和产业创新深度融合。”', '四川省科技厅党组书记、厅长吴群刚说。'];
    expect(who(lines, 0)).toEqual({ organization: '四川省科技厅', title: '党组书记、厅长', name: '吴群刚' });
    expect(who(lines, 1)).toEqual({ organization: '四川省科技厅', title: '党组书记、厅长', name: '吴群刚' });
  });

  it('reads an attribution after the closing mark in the same sentence', () => {
    expect(who(['“我们要建设好互嵌式社会结构和社区环境。”固原巷社区党总支书记张耀文说。'], 0)).toEqual({
      organization: '固原巷社区',
      title: '党总支书记',
      name: '张耀文',
    });
  });

  it('gives every sentence of a multi-sentence quote its speaker, not the leader the quote quotes', () => {
    const lines = [
      '“习近平总书记强调，把旅游等服务业打造成区域支柱产业。',
      '我们将进一步改造提升非遗展示、观光旅游等传统业态。”',
      '西藏自治区文化和旅游厅党组书记肖传江说。',
    ];
    const expected = { organization: '西藏自治区文化和旅游厅', title: '党组书记', name: '肖传江' };
    expect(who(lines, 0)).toEqual(expected);
    expect(who(lines, 1)).toEqual(expected);
  });

  it('takes off an adverbial with 地 between the name and the verb', () => {
    const lines = ['“总书记的重要讲话让我们备受鼓舞！”', '重庆市经信委软件处处长王立刚难掩激动地表示。'];
    expect(who(lines, 0)).toEqual({ organization: '重庆市经信委软件处', title: '处长', name: '王立刚' });
  });

  it('takes the speaker of a quote from the sentence that opens with the attribution', () => {
    const lines = ['“习近平总书记重要讲话为我们指明了方向。”', '内蒙古自治区能源局党组书记、局长于海宇说，“我们将有序推进煤炭清洁高效利用。”'];
    expect(who(lines, 0)?.name).toBe('于海宇');
  });
});

describe('findSpeaker: attribution before the quote or the statement', () => {
  it('reads `org title name 说：“…”`', () => {
    expect(who(['甘肃省林草局党组书记、局长张旭晨说：“我们要筑牢生态安全屏障。”'], 0)).toEqual({
      organization: '甘肃省林草局',
      title: '党组书记、局长',
      name: '张旭晨',
    });
  });

  it('reads `org title name 表示，…` in indirect speech', () => {
    expect(who(['重庆市发展改革委党组书记、主任高健表示，重庆将加快产业转型升级。'], 0)).toEqual({
      organization: '重庆市发展改革委',
      title: '党组书记、主任',
      name: '高健',
    });
    expect(who(['长安汽车董事长朱华荣表示，未来企业将继续坚持以科技创新为引领。'], 0)).toEqual({
      organization: '长安汽车',
      title: '董事长',
      name: '朱华荣',
    });
  });

  it('handles wording these rules were not written from', () => {
    expect(who(['在接受采访时，某市交通运输局副局长刘海洋介绍，今年将新开通三条公交线路。'], 0)).toEqual({
      organization: '某市交通运输局',
      title: '副局长',
      name: '刘海洋',
    });
    expect(who(['“要把论文写在大地上。”中国科学院院士、兰州大学教授李明对记者说。'], 0)).toEqual({
      organization: '中国科学院',
      title: '院士、兰州大学教授',
      name: '李明',
    });
  });

  it('knows a name alone, a title without a name and a leader named before his title', () => {
    expect(who(['王立刚说，一季度重庆软件产业收入增长。'], 0)).toEqual({ organization: null, title: null, name: '王立刚' });
    expect(who(['“研发是企业生存的第一要素。”', '该公司负责人说。'], 0)).toEqual({ organization: '该公司', title: '负责人', name: null });
    expect(who(['习近平总书记强调，要坚持以大开放促进大开发。'], 0)).toEqual({ organization: null, title: '总书记', name: '习近平' });
  });

  it('resolves 他 to the person named just before', () => {
    const lines = ['市科技局党委书记、副局长王伟将“强化科技创新和产业创新深度融合”记在工作本上。', '他表示，全市科技系统将推动四链融合。'];
    expect(who(lines, 1)).toEqual({ organization: '市科技局', title: '党委书记、副局长', name: '王伟' });
  });
});

describe('findSpeaker: no speaker', () => {
  it('returns null for narrative, for 大家 and for names in quotation marks', () => {
    expect(findSpeaker(texts('今年一季度，广西对东盟国家进出口额达901.2亿元。'), 0)).toBeNull();
    expect(findSpeaker(texts('大家表示，要认真学习领会会议精神。'), 0)).toBeNull();
    const lines = ['被授予“人民楷模”称号的王有德，在林场工作期间带领职工防沙治沙。', '甘肃省林草局党组书记、局长张旭晨说：“我们要筑牢生态安全屏障。”'];
    expect(findSpeaker(texts(...lines), 0)).toBeNull();
    expect(findSpeaker(texts('一句话。'), 5)).toBeNull();
  });
});

describe('isAttributionOnly and parseSubject', () => {
  it('tells a bare attribution from a sentence with content', () => {
    expect(isAttributionOnly('四川省科技厅党组书记、厅长吴群刚说。')).toBe(true);
    expect(isAttributionOnly('重庆市发展改革委党组书记、主任高健表示，重庆将加快产业转型升级。')).toBe(false);
    expect(isAttributionOnly('今年一季度进出口增长。')).toBe(false);
  });

  it('keeps the subject as written in surface', () => {
    expect(parseSubject('南岸区委书记、重庆经开区党工委副书记（兼）许洪斌')).toMatchObject({
      name: '许洪斌',
      organization: '南岸区委',
      surface: '南岸区委书记、重庆经开区党工委副书记（兼）许洪斌',
    });
  });

  it('reads a customs director (关长) and a name written with a middle dot (阿不都热依木·艾则孜)', () => {
    expect(parseSubject('据乌鲁木齐海关副关长王明')).toMatchObject({ name: '王明', title: '副关长', organization: '乌鲁木齐海关' });
    expect(parseSubject('村党支部书记阿不都热依木·艾则孜')).toMatchObject({ name: '阿不都热依木·艾则孜', title: '党支部书记', organization: '村' });
    expect(parseSubject('阿里木江·买买提')).toMatchObject({ name: '阿里木江·买买提', title: null, organization: null });
    // With no title before it, where the name starts is unknown: no speaker, not a name swallowing the words before.
    expect(parseSubject('新疆喀什果农阿里木江·买买提')).toBeNull();
  });
});
