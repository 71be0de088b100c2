import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/pipeline/document.ts';
import { actionClauses, findDirectives, themeOf, type Directive } from '../../src/pipeline/directives.ts';

const articles = (stem: string, ...lines: string[]) => readDocument({ stem, text: lines.join('\n') }).articles;
const byTheme = (ds: readonly Directive[], theme: string) => ds.find((d) => d.theme === theme);

// A speech on another topic, in other wording (会议强调，必须… / 会议指出，要… / X要…).
const meetingSource = [
  '省委常委会召开会议 研究部署黄河流域生态保护和粮食生产工作', '',
  '省委常委会12日召开会议，传达学习中央有关会议精神，研究部署下一阶段重点工作。省委书记主持会议。', '',
  '会议强调，必须把黄河流域生态保护放在压倒性位置，坚决守住生态保护红线。实施河道和滩区综合提升治理工程，推进水土流失综合防治，严格落实以水定城、以水定地、以水定人、以水定产。加强入河排污口排查整治，开展湿地保护修复。', '',
  '会议指出，要牢牢扛稳粮食安全重任，确保谷物基本自给。加快高标准农田建设，稳定粮食播种面积，提升耕地质量。健全种粮农民收益保障机制，推进农业节水增效。', '',
  '会议要求，各级党委和政府要压紧压实责任，把各项部署落到实处。深入贯彻落实习近平总书记重要讲话精神，建立工作台账，强化督导检查，对进展滞后的地方及时通报。', '',
  '会议还研究了其他事项。',
].join('\n');
const meeting = readDocument({ stem: 'meeting', text: meetingSource }).articles;

// Responses to it: a heading restating one directive with quotes under it, a paraphrase under a
// heading that restates nothing, a sentence sharing only stock phrases, and near misses.
const responses = articles(
  'voices',
  '# 守护母亲河 端牢中国饭碗', '',
  '## ——省委常委会会议精神在基层引发热烈反响', '',
  '本报记者', '',
  '省委常委会会议召开后，各地干部群众认真学习会议精神。', '',
  '### 把黄河流域生态保护放在压倒性位置，坚决守住生态保护红线', '',
  '“我们将加快实施河道和滩区综合提升治理工程，让黄河岁岁安澜。”省水利厅党组书记、厅长李明远说。', '',
  '市生态环境局局长赵红梅表示，全市将全面开展入河排污口排查整治，加强湿地保护修复。', '',
  '### 端牢饭碗 种足种好', '',
  '“今年我们要新建高标准农田五万亩，稳定粮食播种面积，让耕地质量再上台阶。”县农业农村局局长孙志强说。', '',
  '种粮大户王德福算了一笔账：今年小麦长势喜人。', '',
  '“我们要深入贯彻落实习近平总书记重要讲话精神，认真学习领会会议精神。”县委书记钱广说。', '',
  '### 城乡新貌', '',
  // Near misses: two or three words in common with an action, scattered, about something else.
  '城区综合管廊工程进展顺利，河道两侧路灯全部更新，市民夜间出行更加方便，沿街商铺生意也更红火了。', '',
  '全市开展城市环境综合整治，清理小广告，规范共享单车停放，工程车辆夜间限行。',
);

// A speech with a bullet box that repeats the body, and a heading quoting an action.
const forum = articles(
  'forum',
  '推动创新驱动和绿色转型座谈会召开', '',
  '省长主持召开座谈会并讲话。他强调，要坚持创新驱动发展，加快培育新兴产业。强化企业科技创新主体地位，推动产学研深度融合，建设一批中试基地。', '',
  '他强调——', '',
  '- 要坚持创新驱动发展，加快培育新兴产业。',
  '- 要坚持绿色低碳转型，筑牢长江上游生态屏障。', '',
  '加强重点流域水污染治理', '',
  '他指出，要坚持绿色低碳转型，筑牢长江上游生态屏障。大力推进国土绿化，加强重点流域水污染治理，有序推进能源结构调整。',
);

describe('action clauses', () => {
  it('keeps clauses led by an action verb, with their adverbials, without their subject', () => {
    expect(actionClauses('大力推进西部陆海新通道建设，推动沿线地区开发开放，深度融入共建“一带一路”。')).toEqual([
      '大力推进西部陆海新通道建设',
      '推动沿线地区开发开放',
      '深度融入共建“一带一路”',
    ]);
    expect(actionClauses('民族地区要把铸牢中华民族共同体意识贯彻到发展的全过程和各方面。')).toEqual([
      '把铸牢中华民族共同体意识贯彻到发展的全过程和各方面',
    ]);
  });

  it('drops clauses that are no action: a subject before 要, a purpose, a stock formula', () => {
    expect(actionClauses('实施中出现问题要及时调查、果断处置，为保障国家粮食安全作出应有贡献。')).toEqual([]);
    expect(actionClauses('深入贯彻落实习近平总书记重要讲话精神，建立工作台账。')).toEqual(['建立工作台账']);
  });
});

describe('themes', () => {
  it('takes the theme whose cues weigh most', () => {
    expect(themeOf('要坚持以高水平保护支撑高质量发展，筑牢国家生态安全屏障。')).toBe('ecology');
    expect(themeOf('要坚持统筹发展和安全，提升能源资源等重点领域安全保障能力。')).toBe('security');
    expect(themeOf('一句与政策无关的话。')).toBe('general');
  });
});

describe('directives of a speech these rules have never seen', () => {
  const ds = findDirectives(meeting);

  it('finds the three directives, with their text and actions', () => {
    expect(ds.map((d) => [d.id, d.text])).toEqual([
      ['meeting-ecology', '必须把黄河流域生态保护放在压倒性位置，坚决守住生态保护红线。'],
      ['meeting-security', '要牢牢扛稳粮食安全重任，确保谷物基本自给。'],
      ['meeting-implementation', '各级党委和政府要压紧压实责任，把各项部署落到实处。'],
    ]);
    expect(byTheme(ds, 'ecology')?.actions).toEqual([
      '实施河道和滩区综合提升治理工程',
      '推进水土流失综合防治',
      '严格落实以水定城、以水定地、以水定人、以水定产',
      '加强入河排污口排查整治',
      '开展湿地保护修复',
    ]);
    expect(byTheme(ds, 'security')?.actions).toHaveLength(5);
    expect(byTheme(ds, 'implementation')?.actions).toEqual(['建立工作台账', '强化督导检查']);
  });

  it('points each place at the directive text in the source, without its lead', () => {
    for (const d of ds) {
      expect(d.places).toHaveLength(1);
      const place = d.places[0]!;
      expect(place.kind).toBe('body');
      expect(meetingSource.slice(place.start, place.end)).toBe(d.text);
    }
  });

  it('does not take the meeting report or a trailing summary for a directive', () => {
    expect(ds.some((d) => d.text.includes('研究了其他事项') || d.text.includes('主持会议'))).toBe(false);
  });

  it('reads sentences opening with 要 after a statement in its paragraph as directives of their own, each with its own actions', () => {
    const opinion = articles('opinion', '意见印发', '', '《意见》提出，要坚持把生态保护放在突出位置，加快筑牢国家生态安全屏障。要大力发展特色优势产业，推动传统产业转型升级。要加快建设西部陆海新通道，提升对外开放水平。');
    const found = findDirectives(opinion);
    expect(found.map((d) => [d.theme, d.text, d.actions])).toEqual([
      ['ecology', '要坚持把生态保护放在突出位置，加快筑牢国家生态安全屏障。', ['加快筑牢国家生态安全屏障']],
      ['industry', '要大力发展特色优势产业，推动传统产业转型升级。', ['推动传统产业转型升级']],
      ['opening', '要加快建设西部陆海新通道，提升对外开放水平。', ['提升对外开放水平']],
    ]);
    const numbered = articles('numbered', '常委会议', '', '会议要求，一是要加快发展新质生产力，推动产业转型升级；二是要深化面向东盟的开放合作，高水平建设西部陆海新通道；三是要加强生态环境保护，推进漓江流域综合治理。');
    expect(findDirectives(numbered).map((d) => d.actions)).toEqual([['推动产业转型升级'], ['高水平建设西部陆海新通道'], ['推进漓江流域综合治理']]);
    // 会议强调，要…。会议指出，要…。: consecutive lead statements, each with the actions of its own clauses.
    const communique = articles('communique', '常委会议', '', '会议强调，要坚定不移推进西部大开发，加快构建现代化产业体系，大力发展特色优势产业。会议指出，要坚持生态优先、绿色发展，筑牢国家生态安全屏障。');
    expect(findDirectives(communique).map((d) => [d.theme, d.actions])).toEqual([
      ['industry', ['加快构建现代化产业体系', '大力发展特色优势产业']],
      ['ecology', ['筑牢国家生态安全屏障']],
    ]);
    // A statement nothing elaborates: the clauses after its first are its actions; with none, no directive.
    const alone = articles('alone', '常委会议', '', '会议强调，要支持西部地区建设国家重要能源基地，推进西部陆海新通道建设，加强基础设施互联互通。');
    expect(findDirectives(alone).map((d) => d.actions)).toEqual([['推进西部陆海新通道建设', '加强基础设施互联互通']]);
    expect(findDirectives(articles('bare', '调研', '', '市长王明强调，要加快推进项目建设。'))).toEqual([]);
    // A subject before 要 (民族地区要…) goes on with the directive before it.
    const speech = articles('speech', '讲话', '', '习近平指出，要坚持铸牢中华民族共同体意识，切实维护民族团结和边疆稳定。民族地区要把铸牢中华民族共同体意识贯彻到发展的全过程和各方面。健全社会保障体系，兜牢民生底线。');
    expect(findDirectives(speech).map((d) => d.actions)).toEqual([['把铸牢中华民族共同体意识贯彻到发展的全过程和各方面', '健全社会保障体系', '兜牢民生底线']]);
  });
});


describe('echoes', () => {
  const ds = findDirectives([...meeting, ...responses]);
  const ecology = byTheme(ds, 'ecology')!;
  const security = byTheme(ds, 'security')!;

  it('links a heading that restates a directive, and the quotes under it, with their speakers', () => {
    expect(ecology.echoes.map((e) => [e.via, e.speaker?.name ?? null])).toEqual([
      ['heading', null],
      ['heading', '李明远'],
      ['heading', '赵红梅'],
    ]);
    expect(ecology.echoes[0]!.text).toBe('把黄河流域生态保护放在压倒性位置，坚决守住生态保护红线');
    expect(ecology.echoes[1]!.speaker).toMatchObject({ organization: '省水利厅', title: '党组书记、厅长' });
  });

  it('finds a paraphrase by meaning where no heading restates the directive', () => {
    expect(security.echoes).toHaveLength(1);
    expect(security.echoes[0]).toMatchObject({ article: 'voices', via: 'similarity', speaker: { name: '孙志强' } });
    expect(security.echoes[0]!.text).toContain('稳定粮食播种面积');
  });

  it('does not count a sentence that shares only stock phrases, nor narrative', () => {
    const all = ds.flatMap((d) => d.echoes.map((e) => e.text));
    expect(all.some((t) => t.includes('认真学习领会会议精神'))).toBe(false);
    expect(all.some((t) => t.includes('小麦长势喜人'))).toBe(false);
    expect(all.some((t) => t.includes('端牢饭碗'))).toBe(false);
  });

  it('keeps sentences that share a few scattered words under the threshold', () => {
    const all = ds.flatMap((d) => d.echoes.map((e) => e.text));
    expect(all.some((t) => t.includes('综合管廊') || t.includes('共享单车'))).toBe(false);
  });

  it('never makes an echo of the directive’s own article', () => {
    for (const d of ds) for (const e of d.echoes) expect(e.article).not.toBe(d.article);
  });

  it('keeps ids stable when other articles are added before it', () => {
    const alone = findDirectives(meeting).map((d) => d.id);
    const withOthers = findDirectives([...responses, ...forum, ...meeting]).filter((d) => d.article === 'meeting').map((d) => d.id);
    expect(withOthers).toEqual(alone);
  });
});

describe('one directive in the box, the body and a heading', () => {
  const ds = findDirectives(forum);

  it('merges the places of a directive and keeps the body text', () => {
    expect(ds.map((d) => d.id)).toEqual(['forum-industry', 'forum-ecology']);
    const ecology = byTheme(ds, 'ecology')!;
    expect(ecology.text).toBe('要坚持绿色低碳转型，筑牢长江上游生态屏障。');
    expect(ecology.places.map((p) => p.kind).sort()).toEqual(['body', 'heading', 'list']);
    expect(ecology.actions).toEqual(['大力推进国土绿化', '加强重点流域水污染治理', '有序推进能源结构调整']);
    const industry = byTheme(ds, 'industry')!;
    expect(industry.places.map((p) => p.kind).sort()).toEqual(['body', 'list']);
    expect(industry.actions).toEqual(['强化企业科技创新主体地位', '推动产学研深度融合', '建设一批中试基地']);
  });

  it('gives a restating article no directive of its own', () => {
    const restated = articles(
      'restated', '学习座谈会精神', '',
      '他强调，要坚持绿色低碳转型，筑牢长江上游生态屏障。大力推进国土绿化，加强重点流域水污染治理。',
    );
    const ds2 = findDirectives([...forum, ...restated]);
    expect(ds2.map((d) => d.article)).toEqual(['forum', 'forum']);
    expect(byTheme(ds2, 'ecology')!.echoes.map((e) => e.article)).toContain('restated');
  });

  it('returns nothing for no articles and for articles without directives', () => {
    expect(findDirectives([])).toEqual([]);
    expect(findDirectives(articles('plain', '标题', '', '今年一季度，进出口总额增长8%。'))).toEqual([]);
  });
});

describe('the seed articles', () => {
  const seed = (prefix: string) => {
    const name = readdirSync('seeds').find((f) => f.startsWith(prefix))!;
    return readDocument({ stem: name.replace(/\.txt$/, ''), text: readFileSync(`seeds/${name}`, 'utf8') }).articles;
  };
  const speech = seed('001');
  const responses = seed('003');
  const ds = findDirectives([...speech, ...responses]);
  const speechId = speech[0]!.id;

  it('finds the seven directives of 001, each with at least three actions', () => {
    expect(ds.map((d) => d.id)).toEqual(
      ['industry', 'ecology', 'opening', 'security', 'livelihood', 'unity', 'implementation'].map((t) => `${speechId}-${t}`),
    );
    for (const d of ds) expect(d.actions.length, d.id).toBeGreaterThanOrEqual(3);
    expect(byTheme(ds, 'opening')!.text).toBe('要坚持以大开放促进大开发，提高西部地区对内对外开放水平。');
    expect(byTheme(ds, 'industry')!.actions).toEqual(expect.arrayContaining(['加快传统产业技术改造', '推进重点行业设备更新改造']));
    expect(byTheme(ds, 'implementation')!.text).toMatch(/^中央区域协调发展领导小组要加强统筹协调和督促检查/);
    // The six of the box are stated in the box and in the body.
    for (const d of ds.slice(0, 6)) expect(d.places.map((p) => p.kind), d.id).toEqual(expect.arrayContaining(['list', 'body']));
  });

  it('links each of the seven thematic headings of 003 to the right directive', () => {
    const article = responses[0]!;
    const headings = article.blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.role === 'heading' && b.depth === 3);
    expect(headings).toHaveLength(7);
    const themes = ['industry', 'ecology', 'opening', 'security', 'livelihood', 'unity', 'implementation'];
    headings.forEach(({ i }, k) => {
      const sentence = article.sentences.find((s) => s.block === i)!.index;
      const linked = ds.filter((d) => d.echoes.some((e) => e.article === article.id && e.sentence === sentence && e.via === 'heading'));
      expect(linked.map((d) => d.theme), article.blocks[i]!.text).toEqual([themes[k]]);
    });
    expect(ds.some((d) => d.article === article.id)).toBe(false);
  });

  it('finds no echo in the article on space cooperation printed on the same page', () => {
    expect(responses[2]!.title).toContain('航天');
    expect(ds.some((d) => d.echoes.some((e) => e.article === responses[2]!.id))).toBe(false);
  });

  it('gives the quotes under a heading their speakers', () => {
    const ecology = byTheme(ds, 'ecology')!;
    const names = ecology.echoes.filter((e) => e.article === responses[0]!.id).map((e) => e.speaker?.name);
    expect(names).toEqual(expect.arrayContaining(['张旭晨', '于海宇', '杨三可']));
  });
});
