import { NoticeLocale, NoticeTemplate } from '@tuoyu/contracts';
import { explanationLines } from './due-explanation';
import { SAMPLE_PROPS } from './sample-props';
import { renderNotice } from './template-registry';

// A text list's last line is followed by a blank line before the next paragraph (a standalone `{{/each}}` once
// ate it in these notices).
describe('supervision notices part their lists from what follows', () => {
  const ORDERED = SAMPLE_PROPS.rectification_ordered;

  it.each<[NoticeLocale, string, string, string, string]>([
    ['zh-CN', '发现以下问题：\n- 【保育规范】', '少于90日\n\n请于 2026-12-03', '期限说明：', '查看：'],
    ['en', 'found:\n- [保育规范]', '少于90日\n\nRectify these by', 'How the date was computed:', 'Details: '],
  ])('rectification_ordered %s: the findings, then how the date was computed', (locale, opens, ends, heading, next) => {
    const { text } = renderNotice(NoticeTemplate.RectificationOrdered, locale, ORDERED);
    expect(text).toContain(opens);
    expect(text).toContain(ends);
    const lines = explanationLines(locale, ORDERED) ?? [];
    expect(lines.length).toBeGreaterThan(1);
    expect(text).toContain(`${heading}\n- ${lines.join('\n- ')}\n\n${next}${ORDERED.caseUrl}`);
  });

  const REVIEWED = SAMPLE_PROPS.rectification_reviewed;
  const TWO_LEFT = {
    ...REVIEWED,
    remaining: [...REVIEWED.remaining, { category: '消防', item: '灭火器配置', finding: '午睡室未配置灭火器' }],
  };
  it.each<[NoticeLocale, object, string]>([
    ['zh-CN', REVIEWED, '仍未整改到位：\n- 【安全】视频监控录像保存期限：录像仅保存60日，少于90日\n\n请于 2026-12-03'],
    ['en', REVIEWED, 'still fail:\n- [安全] 视频监控录像保存期限: 录像仅保存60日，少于90日\n\nRectify them by'],
    ['zh-CN', TWO_LEFT, '少于90日\n- 【消防】灭火器配置：午睡室未配置灭火器\n\n请于 2026-12-03'],
    ['en', TWO_LEFT, '少于90日\n- [消防] 灭火器配置: 午睡室未配置灭火器\n\nRectify them by'],
  ])('rectification_reviewed %s: what still fails, then by when', (locale, props, expected) => {
    const { text } = renderNotice(NoticeTemplate.RectificationReviewed, locale, props);
    expect(text).toContain(expected);
  });

  const EVALUATED = SAMPLE_PROPS.evaluation_result;
  const VETOED = { ...EVALUATED, vetoed: true, vetoes: ['发生虐待婴幼儿事件', '未经备案开展托育服务'] };
  it.each<[NoticeLocale, object, string]>([
    ['zh-CN', EVALUATED, '- 保育照护：80（权重 200）\n\n评估结果已于2027-03-12'],
    ['en', EVALUATED, '- 保育照护: 80 (weight 200)\n\nThe result was published'],
    [
      'zh-CN',
      VETOED,
      '- 保育照护：80（权重 200）\n\n存在一票否决事项：\n- 发生虐待婴幼儿事件\n- 未经备案开展托育服务\n\n评估结果已于',
    ],
    [
      'en',
      VETOED,
      '- 保育照护: 80 (weight 200)\n\nVeto items found:\n- 发生虐待婴幼儿事件\n- 未经备案开展托育服务\n\nThe result was',
    ],
  ])('evaluation_result %s: the scores, any vetoes, then where it was published', (locale, props, expected) => {
    const { text } = renderNotice(NoticeTemplate.EvaluationResult, locale, props);
    expect(text).toContain(expected);
  });
});
