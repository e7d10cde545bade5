import { NoticeTemplate } from '@tuoyu/contracts';
import { SAMPLE_PROPS } from './sample-props';
import { renderNotice } from './template-registry';

describe('the overdue notice names who was told', () => {
  it.each([
    ['department', 'zh-CN', '逾期情况已告知所在地卫生健康部门', '平台管理员'],
    ['admin', 'zh-CN', '逾期情况已报平台管理员', '卫生健康部门'],
    ['department', 'en', 'the county health department has been told', 'administrators'],
    ['admin', 'en', 'the administrators have been told', 'health department'],
  ] as const)('escalated to %s (%s)', (escalatedTo, locale, says, doesNotSay) => {
    const props = { ...SAMPLE_PROPS[NoticeTemplate.DeadlineOverdue], escalatedTo };
    const { text } = renderNotice(NoticeTemplate.DeadlineOverdue, locale, props);
    expect(text).toContain(says);
    expect(text).not.toContain(doesNotSay);
  });

  it('refuses a notice without the escalation target', () => {
    const props: Record<string, unknown> = { ...SAMPLE_PROPS[NoticeTemplate.DeadlineOverdue] };
    delete props.escalatedTo;
    expect(() => renderNotice(NoticeTemplate.DeadlineOverdue, 'zh-CN', props)).toThrow('escalatedTo');
  });
});
