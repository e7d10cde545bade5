import { Button, Layout, Result, Space, Spin, Typography } from 'antd';
import { Suspense, useContext, useEffect } from 'react';
import { LangContext, useT } from './i18n';
import { CasePage } from './institution/CasePage';
import { InstitutionHome } from './institution/InstitutionHome';
import { SignInPage } from './pages/SignInPage';
import { SupervisionPages, isSupervisionPath } from './supervision/routes';
import { navigate, usePath } from './router';
import { HOME, matchRoute } from './routes';
import { useSession, useSignOut } from './session';

const CONSOLE_PATHS = /^\/(?:department|authority|console)/;

function Header() {
  const t = useT();
  const { lang, setLang } = useContext(LangContext);
  const session = useSession().data;
  const signOut = useSignOut();
  return (
    <Layout.Header style={{ display: 'flex', alignItems: 'center', padding: '0 12px', background: '#fff' }}>
      <Typography.Text strong style={{ flex: 1, fontSize: 16 }}>
        {t('托育服务平台')}
        {session && !session.readOnly && session.role !== 'institution' && (
          <Typography.Text type="secondary" style={{ marginLeft: 12, fontWeight: 'normal' }}>
            {session.name}
          </Typography.Text>
        )}
      </Typography.Text>
      <Space size={4}>
        <Button size="small" type="text" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
          {lang === 'zh' ? 'EN' : '中文'}
        </Button>
        {session && !session.readOnly && (
          <Button size="small" onClick={() => void signOut().then(() => navigate('/sign-in'))}>
            {t('退出')}
          </Button>
        )}
      </Space>
    </Layout.Header>
  );
}

/** A signed-in person at `/` goes to the role's workplace. */
function GoHome({ to }: { to: string }) {
  useEffect(() => navigate(to, true), [to]);
  return <Spin style={{ display: 'block', marginTop: 48 }} />;
}

function Page() {
  const path = usePath();
  const session = useSession();
  const t = useT();
  const caseMatch = /^\/cases\/([0-9a-f-]{36})/.exec(path);
  if (path.startsWith('/link-invalid')) {
    return (
      <Result
        status="warning"
        title={t('链接无效')}
        subTitle="链接已过期或已被撤销。请登录后查看您的案件。"
        extra={<Button onClick={() => navigate('/sign-in')}>{t('登录')}</Button>}
      />
    );
  }
  if (path.startsWith('/sign-in')) return <SignInPage />;
  if (isSupervisionPath(path)) return <SupervisionPages path={path} />;
  if (session.isLoading) return <Spin style={{ display: 'block', marginTop: 48 }} />;
  if (caseMatch) return <CasePage caseId={caseMatch[1]} />;
  const routed = matchRoute(path);
  if (routed) {
    const { route, params } = routed;
    const allowed = session.data && !session.data.readOnly && route.roles.includes(session.data.role);
    // An emailed console link opens the sign-in for its role, then the page it named.
    if (!allowed) return <SignInPage role={route.roles[0]} returnTo={path} />;
    return (
      <Suspense fallback={<Spin style={{ display: 'block', marginTop: 48 }} />}>
        <route.page params={params} />
      </Suspense>
    );
  }
  if (!session.data) return <SignInPage />;
  if (session.data.role === 'institution') return <InstitutionHome />;
  return <GoHome to={HOME[session.data.role]} />;
}

export function App() {
  const wide = CONSOLE_PATHS.test(usePath());
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header />
      <Layout.Content style={{ padding: 12, maxWidth: wide ? 1340 : 960, width: '100%', margin: '0 auto' }}>
        <Page />
      </Layout.Content>
    </Layout>
  );
}
