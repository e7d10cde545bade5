import { NoticeLocale, NoticeTemplate } from '@tuoyu/contracts';
import { SAMPLE_PROPS } from './sample-props';
import { renderNotice } from './template-registry';

const SAMPLE = SAMPLE_PROPS[NoticeTemplate.ChangeFilingSubmitted];

describe('change_filing_submitted names the change it confirms', () => {
  it.each<[NoticeLocale, string, string[], string[]]>([
    [
      'zh-CN',
      '【变更备案已收到】雁江区小星星托育中心（新址）：已收到您2026-11-02变更登记的变更备案',
      [
        '已收到您的变更备案（提交日期：2026-11-15），对应2026-11-02的变更登记',
        '- 机构名称：雁江区小星星托育中心（新址）\n',
        '- 服务类型：全日托、计时托\n',
        '变更事项如下：\n- 机构名称',
        '- 托位数：90\n\n该项变更备案义务已履行',
        '无需重复提交',
      ],
      ['机构地址', '法定代表人', '联系邮箱'],
    ],
    [
      'en',
      '[Change filing received] 雁江区小星星托育中心（新址）: change of 2026-11-02 filed',
      [
        'received your change filing (filed on 2026-11-15)',
        '- Services: full-day care, hourly care\n',
        '2026-11-02:\n- Name',
        '- Places: 90\n\nThis change filing is complete',
      ],
      ['Address', 'Legal representative', 'Contact email'],
    ],
  ])('%s: the subject, each changed fact in its words and no unchanged one', (locale, subject, shown, absent) => {
    const rendered = renderNotice(NoticeTemplate.ChangeFilingSubmitted, locale, SAMPLE);
    expect(rendered.subject).toBe(subject);
    for (const fragment of shown) expect(rendered.text).toContain(fragment);
    for (const fragment of absent) expect(rendered.text).not.toContain(fragment);
    expect(rendered.html).toContain(`<a href="${SAMPLE.caseUrl}">`);
  });

  it('lists every changeable fact when all changed, the address and the email as given', () => {
    const changes = {
      name: '雁江区小星星托育中心',
      address: '资阳市雁江区娇子大道88号',
      legalRepresentativeName: '王芳',
      contactEmail: 'office@xiaoxingxing.example.cn',
      serviceTypes: ['half_day', 'temporary'],
      capacity: 60,
    };
    const { text, html } = renderNotice(NoticeTemplate.ChangeFilingSubmitted, 'zh-CN', { ...SAMPLE, changes });
    for (const line of [
      '机构名称：雁江区小星星托育中心',
      '机构地址：资阳市雁江区娇子大道88号',
      '法定代表人：王芳',
      '联系邮箱：office@xiaoxingxing.example.cn',
      '服务类型：半日托、临时托',
      '托位数：60',
    ]) {
      expect(text).toContain(`- ${line}\n`);
      expect(html).toContain(`<li>${line}</li>`);
    }
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      '机构地址',
      { address: '资阳市雁江区娇子大道88号' },
      '- 机构地址：资阳市雁江区娇子大道88号\n\n该项变更备案义务已履行',
    ],
    ['服务类型', { serviceTypes: ['hourly'] }, '- 服务类型：计时托\n\n该项变更备案义务已履行'],
    [
      '联系邮箱',
      { contactEmail: 'office@xiaoxingxing.example.cn' },
      '- 联系邮箱：office@xiaoxingxing.example.cn\n\n该项',
    ],
  ])('when only %s changed, a blank line still parts the list from the next paragraph', (_fact, changes, expected) => {
    const { text } = renderNotice(NoticeTemplate.ChangeFilingSubmitted, 'zh-CN', { ...SAMPLE, changes });
    expect(text).toContain(`变更事项如下：\n${expected}`);
  });

  it.each<[string, string, Record<string, unknown>]>([
    ['changes missing', 'changes', { changes: undefined }],
    ['an unknown service type', 'serviceTypes', { changes: { serviceTypes: ['overnight'] } }],
    ['changedOn not a date', 'changedOn', { changedOn: '2026-11-31' }],
  ])('refuses props with %s, naming %s', (_case, field, overrides) => {
    const props: Record<string, unknown> = { ...SAMPLE, ...overrides };
    for (const [key, value] of Object.entries(overrides)) if (value === undefined) delete props[key];
    expect(() => renderNotice(NoticeTemplate.ChangeFilingSubmitted, 'zh-CN', props)).toThrow(field);
  });
});
