import { createContext, useCallback, useContext, useMemo } from 'react';
import { EN_SUPERVISION_PAGES } from './en-supervision-pages';
import { EN_WORK_PAGES } from './en-work-pages';
import type { FieldProblem } from './api';
import { failureText, problemText } from './forms/problem-text';

export type Lang = 'zh' | 'en';

const EN: Record<string, string> = {
  托育服务平台: 'Tuoyu childcare portal',
  登录: 'Sign in',
  退出: 'Sign out',
  身份: 'I am',
  托育机构: 'Institution',
  卫生健康部门: 'Health department',
  登记机关: 'Registration authority',
  平台管理员: 'Administrator',
  统一社会信用代码: 'USCC',
  行政区划代码: 'Region code',
  登记机关类别: 'Authority kind',
  获取验证码: 'Send me a code',
  验证码: 'Code',
  验证码已发送至: 'Code sent to',
  备案截止: 'Filing due',
  期限怎么算: 'How the due date is computed',
  剩余天数: 'Days left',
  已逾期: 'Overdue',
  需提交的材料: 'Materials to submit',
  提交备案: 'Submit the filing',
  登录后办理: 'Sign in to act on this case',
  状态: 'Status',
  备案回执编号: 'Filing receipt number',
  需补正的内容: 'What to correct',
  人员名册: 'Staff roster',
  材料文件: 'Documents',
  链接无效: 'This link no longer works',
  ...EN_WORK_PAGES,
  ...EN_SUPERVISION_PAGES,
};

export const LangContext = createContext<{ lang: Lang; setLang: (lang: Lang) => void }>({
  lang: 'zh',
  setLang: () => undefined,
});

/** Chinese is the source text; English is a lookup (missing entries stay Chinese). */
export function useT(): (zh: string) => string {
  const { lang } = useContext(LangContext);
  // Stable per language, so charts and memoised options redraw only when the language changes.
  return useCallback((zh: string) => (lang === 'en' ? (EN[zh] ?? zh) : zh), [lang]);
}

/** How the API's answers read for a person: in Chinese by their codes and statuses, in English as the API says. */
export interface Wording {
  /** One field problem. */
  problem: (problem: FieldProblem) => string;
  /** A failure as one line (field problems are pointed at, not listed). */
  failure: (error: unknown) => string;
}

export function useWording(): Wording {
  const { lang } = useContext(LangContext);
  return useMemo(
    () => ({ problem: (p: FieldProblem) => problemText(p, lang), failure: (e: unknown) => failureText(e, lang) }),
    [lang],
  );
}
