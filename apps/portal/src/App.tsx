import { Button, Layout, Result, Space, Spin, Typography } from 'antd';
import { useContext } from 'react';
import { LangContext, useT } from './i18n';
import { CasePage } from './institution/CasePage';
import { InstitutionHome } from './institution/InstitutionHome';
import { SignInPage } from './pages/SignInPage';
import { SupervisionPages, isSupervisionPath } from './supervision/routes';
import { navigate, usePath } from './router';
import { useSession, useSignOut } from './session';

function Header() {
  const t = useT();
  const { lang, setLang } = useContext(LangContext);
  const session = useSession().data;
  const signOut = useSignOut();
  return (
    <Layout.Header style={{ display: 'flex', alignItems: 'center', padding: '0 12px', background: '#fff' }}>
      <Typography.Text strong style={{ flex: 1, fontSize: 16 }}>
        {t('托育服务平台')}
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
  if (!session.data) return <SignInPage />;
  if (session.data.role === 'institution') return <InstitutionHome />;
  return <Result status="info" title={session.data.name} subTitle="此角色的工作台尚在建设中。" />;
}

export function App() {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header />
      <Layout.Content style={{ padding: 12, maxWidth: 960, width: '100%', margin: '0 auto' }}>
        <Page />
      </Layout.Content>
    </Layout>
  );
}
