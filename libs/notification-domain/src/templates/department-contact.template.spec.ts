import { NoticeLocale, NoticeTemplate } from '@tuoyu/contracts';
import { SAMPLE_PROPS } from './sample-props';
import { renderNotice } from './template-registry';

const WITHOUT_PHONE = { name: '资阳市雁江区卫生健康局', email: 'wjw@yanjiang.example.cn' };
const WITH_PHONE = { ...WITHOUT_PHONE, phone: '028-26621234' };

describe('whom to ask: the department with its phone when the directory has one', () => {
  it.each<[NoticeLocale, string, object, string, string]>([
    [
      'zh-CN',
      'with a phone',
      WITH_PHONE,
      '如有疑问，请联系资阳市雁江区卫生健康局（电话：028-26621234，电子邮箱：wjw@yanjiang.example.cn）。',
      '<a href="tel:028-26621234">028-26621234</a>，电子邮箱：',
    ],
    [
      'zh-CN',
      'without one',
      WITHOUT_PHONE,
      '如有疑问，请联系资阳市雁江区卫生健康局（电子邮箱：wjw@yanjiang.example.cn）。',
      '资阳市雁江区卫生健康局（电子邮箱：',
    ],
    [
      'en',
      'with a phone',
      WITH_PHONE,
      'Questions: 资阳市雁江区卫生健康局, tel. 028-26621234, wjw@yanjiang.example.cn.',
      'tel. <a href="tel:028-26621234">028-26621234</a>, <a href="mailto:',
    ],
    [
      'en',
      'without one',
      WITHOUT_PHONE,
      'Questions: 资阳市雁江区卫生健康局, wjw@yanjiang.example.cn.',
      '资阳市雁江区卫生健康局, <a href="mailto:',
    ],
  ])('%s, %s', (locale, _label, department, text, html) => {
    const props = { ...SAMPLE_PROPS[NoticeTemplate.FilingDue], department };
    const rendered = renderNotice(NoticeTemplate.FilingDue, locale, props);
    expect(rendered.text).toContain(text);
    expect(rendered.html).toContain(html);
  });

  it('refuses a phone that is not a phone number', () => {
    const props = { ...SAMPLE_PROPS[NoticeTemplate.FilingDue], department: { ...WITH_PHONE, phone: 'call me' } };
    expect(() => renderNotice(NoticeTemplate.FilingDue, 'zh-CN', props)).toThrow('department.phone');
  });
});
