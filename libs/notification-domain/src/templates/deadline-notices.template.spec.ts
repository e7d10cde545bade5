import { NoticeLocale, NoticeTemplate } from '@tuoyu/contracts';
import { explanationLines } from './due-explanation';
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

type DeadlineTemplate =
  | NoticeTemplate.DeadlineReminder
  | NoticeTemplate.DeadlineOverdue
  | NoticeTemplate.DeadlineEscalation
  | NoticeTemplate.DeadlineMoved;

describe('deadline notices part the explanation list from what follows', () => {
  // What follows the last explanation line: a blank line, then the next paragraph (a standalone `{{/each}}` once
  // ate the blank line), or the footer where the list is the notice's last paragraph.
  it.each<[DeadlineTemplate, NoticeLocale, RegExp]>([
    [NoticeTemplate.DeadlineReminder, 'zh-CN', /^\n\n办理入口：/],
    [NoticeTemplate.DeadlineReminder, 'en', /^\n\nYour case:/],
    [NoticeTemplate.DeadlineOverdue, 'zh-CN', /^\n\n办理入口：/],
    [NoticeTemplate.DeadlineOverdue, 'en', /^\n\nYour case:/],
    [NoticeTemplate.DeadlineEscalation, 'zh-CN', /^\n\n本邮件由托育服务平台自动发送/],
    [NoticeTemplate.DeadlineEscalation, 'en', /^\n\nThis message was sent automatically/],
    [NoticeTemplate.DeadlineMoved, 'zh-CN', /^\n\n办理入口：/],
    [NoticeTemplate.DeadlineMoved, 'en', /^\n\nYour case:/],
  ])('%s (%s)', (template, locale, follows) => {
    const props = SAMPLE_PROPS[template];
    const lines = explanationLines(locale, props) ?? [];
    expect(lines.length).toBeGreaterThan(1);
    const heading = locale === 'zh-CN' ? '期限计算说明：' : 'How the date was computed:';
    const list = `${heading}\n- ${lines.join('\n- ')}`;
    const { text } = renderNotice(template, locale, props);
    expect(text).toContain(list);
    expect(text.slice(text.indexOf(list) + list.length)).toMatch(follows);
  });
});
