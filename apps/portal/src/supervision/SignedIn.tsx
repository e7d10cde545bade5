import { Alert, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { SignInPage } from '../pages/SignInPage';
import { Role, useSession } from '../session';

/**
 * Pages behind emailed links that carry no capability: until someone with one of the roles has signed in, the
 * sign-in form, which comes back to this same page (the subject) afterwards.
 */
export function SignedIn({ roles, path, children }: { roles: Role[]; path: string; children: ReactNode }) {
  const t = useT();
  const session = useSession();
  if (session.isLoading) return <Spin style={{ display: 'block', marginTop: 48 }} />;
  const person = session.data;
  if (person && !person.readOnly && roles.includes(person.role)) return children;
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ maxWidth: 420, margin: '12px auto 0' }}
        message={t('请登录后查看')}
        description={`${t('此页面供')}${roles.map((r) => t(ROLE_ZH[r])).join(t('、'))}${t('登录后办理。')}`}
        data-testid="sign-in-required"
      />
      {/* A link session (an institution's case) keeps its role when that role may open the page. */}
      <SignInPage role={person && roles.includes(person.role) ? person.role : roles[0]} returnTo={path} />
    </>
  );
}

const ROLE_ZH: Record<Role, string> = {
  institution: '托育机构',
  department: '卫生健康部门',
  authority: '登记机关',
  admin: '平台管理员',
};
