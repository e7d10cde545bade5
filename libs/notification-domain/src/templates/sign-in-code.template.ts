import { SignInCodeProps } from '@tuoyu/contracts';
import { NoticeTemplateSource } from './notice-template-source';
import { FOOTER_EN, FOOTER_EN_HTML, FOOTER_ZH, FOOTER_ZH_HTML } from './template-fragments';

/** The portal's one-time sign-in code. No link: the code is typed into the page that asked for it. */
export const SIGN_IN_CODE_TEMPLATE: NoticeTemplateSource<SignInCodeProps> = {
  propsClass: SignInCodeProps,
  'zh-CN': {
    subject: '【托育服务平台】{{subjectName}}的登录验证码 {{code}}',
    text: `{{subjectName}}：

您于{{date}}申请的登录验证码是 {{code}}，{{validMinutes}}分钟内有效，只能使用一次。
如非本人操作，请忽略本邮件。

${FOOTER_ZH}`,
    html: `<p>{{subjectName}}：</p>
<p>您于{{date}}申请的登录验证码是 <strong style="font-size:20px">{{code}}</strong>，{{validMinutes}}分钟内有效，只能使用一次。</p>
<p>如非本人操作，请忽略本邮件。</p>${FOOTER_ZH_HTML}`,
  },
  en: {
    subject: '[Tuoyu] Sign-in code {{code}} for {{subjectName}}',
    text: `{{subjectName}},

Your sign-in code, asked for on {{date}}, is {{code}}. It is valid for {{validMinutes}} minutes and works once.
If you did not ask for it, ignore this message.

${FOOTER_EN}`,
    html: `<p>{{subjectName}},</p>
<p>Your sign-in code, asked for on {{date}}, is <strong>{{code}}</strong>. It is valid for {{validMinutes}} minutes and works once.</p>
<p>If you did not ask for it, ignore this message.</p>${FOOTER_EN_HTML}`,
  },
};
