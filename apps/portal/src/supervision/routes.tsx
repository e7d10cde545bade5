import { Spin } from 'antd';
import { Suspense, lazy, type ReactNode } from 'react';

// Every supervision page is its own chunk: the first page (sign-in, the institution's case) stays in budget.
const PublicComplaintPage = lazy(() =>
  import('./PublicComplaintPage').then((m) => ({ default: m.PublicComplaintPage })),
);
const ComplaintLookupPage = lazy(() =>
  import('./ComplaintLookupPage').then((m) => ({ default: m.ComplaintLookupPage })),
);
const ComplaintPage = lazy(() => import('./ComplaintPage').then((m) => ({ default: m.ComplaintPage })));
const IncidentPage = lazy(() => import('./IncidentPage').then((m) => ({ default: m.IncidentPage })));
const IncidentReportPage = lazy(() => import('./IncidentReportPage').then((m) => ({ default: m.IncidentReportPage })));
const PublicDisclosurePage = lazy(() =>
  import('./PublicDisclosurePage').then((m) => ({ default: m.PublicDisclosurePage })),
);
const SupervisionOverview = lazy(() =>
  import('./SupervisionOverview').then((m) => ({ default: m.SupervisionOverview })),
);

const UUID = '([0-9a-f-]{36})';

/** The supervision pages (issue 17) by path; the paths emailed links open are in EvaluationLinks. */
const ROUTES: [RegExp, (match: RegExpExecArray, path: string) => ReactNode][] = [
  [/^\/public\/complaints\/?$/, () => <PublicComplaintPage />],
  [/^\/public\/complaints\/lookup\/?$/, () => <ComplaintLookupPage />],
  [/^\/public\/complaints\/([0-9A-Za-z]+)\/?$/, (m) => <ComplaintLookupPage reference={m[1]} />],
  [new RegExp(`^/complaints/${UUID}/?$`), (m, path) => <ComplaintPage id={m[1]} path={path} />],
  [/^\/incidents\/new\/?$/, (_m, path) => <IncidentReportPage path={path} />],
  [new RegExp(`^/incidents/${UUID}/?$`), (m, path) => <IncidentPage id={m[1]} path={path} />],
  [
    /^\/public\/filings\/?$/,
    (_m, path) => <PublicDisclosurePage region={new URLSearchParams(path.split('?')[1]).get('region')} />,
  ],
  [/^\/supervision\/?$/, (_m, path) => <SupervisionOverview path={path} />],
];

const bareOf = (path: string) => path.split('?')[0];

export function isSupervisionPath(path: string): boolean {
  return ROUTES.some(([pattern]) => pattern.test(bareOf(path)));
}

/** The supervision page for the path (public ones need no session; the others ask for one themselves). */
export function SupervisionPages({ path }: { path: string }) {
  const bare = bareOf(path);
  for (const [pattern, page] of ROUTES) {
    const match = pattern.exec(bare);
    if (match)
      return <Suspense fallback={<Spin style={{ display: 'block', marginTop: 48 }} />}>{page(match, path)}</Suspense>;
  }
  return null;
}
