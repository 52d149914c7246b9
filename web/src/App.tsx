/**
 * Routes. Every page is its own chunk (React.lazy): a citizen downloads the shell and the page they open;
 * the officer workspace (officer/) is never loaded by citizen pages.
 */
import { lazy, Suspense, useEffect } from 'react';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { Center, Loader } from '@mantine/core';
import { CitizenLayout } from './components/CitizenLayout.tsx';
import { useSession, takeReturn } from './api/session.ts';
import { useI18n } from './i18n/index.tsx';

/**
 * The home page needs only the shell's styles (styles/mantine-shell.ts); every other page brings the full set of
 * Mantine styles with it (issue 13.17: the first load of the home page stays small).
 */
function withAllStyles<T>(page: Promise<T>): Promise<T> {
  return Promise.all([import('./styles/mantine-all.ts'), page]).then(([, m]) => m);
}

const HomePage = lazy(() => import('./citizen/HomePage.tsx'));
const ProcedurePage = lazy(() => withAllStyles(import('./citizen/ProcedurePage.tsx')));
const SubmitPage = lazy(() => withAllStyles(import('./citizen/SubmitPage.tsx')));
const LoginPage = lazy(() => withAllStyles(import('./citizen/LoginPage.tsx')));
const AccountPage = lazy(() => withAllStyles(import('./citizen/AccountPage.tsx')));
const MyDossiersPage = lazy(() => withAllStyles(import('./citizen/MyDossiersPage.tsx')));
const DossierPage = lazy(() => withAllStyles(import('./citizen/DossierPage.tsx')));
const TrackingPage = lazy(() => withAllStyles(import('./citizen/TrackingPage.tsx')));
const WarehousePage = lazy(() => withAllStyles(import('./citizen/WarehousePage.tsx')));
const VerifyPage = lazy(() => withAllStyles(import('./citizen/VerifyPage.tsx')));
const CheckMessagePage = lazy(() => withAllStyles(import('./citizen/CheckMessagePage.tsx')));
const NationalIndexPage = lazy(() => withAllStyles(import('./citizen/NationalIndexPage.tsx')));
const SystemIndexPage = lazy(() => withAllStyles(import('./citizen/SystemIndexPage.tsx')));
const IndicatorDossiersPage = lazy(() => withAllStyles(import('./citizen/IndicatorDossiersPage.tsx')));
const NotFoundPage = lazy(() => withAllStyles(import('./citizen/NotFoundPage.tsx')));
const OfficerLoginPage = lazy(() => withAllStyles(import('./officer/OfficerLoginPage.tsx')));
const QueuePage = lazy(() => withAllStyles(import('./officer/QueuePage.tsx')));
const ReceptionPage = lazy(() => withAllStyles(import('./officer/ReceptionPage.tsx')));
const OfficerDossierPage = lazy(() => withAllStyles(import('./officer/DossierPage.tsx')));
const DashboardPage = lazy(() => withAllStyles(import('./officer/DashboardPage.tsx')));
const NodeGuard = lazy(() => withAllStyles(import('./officer/NodeGuard.tsx')));
const ForwardedPage = lazy(() => withAllStyles(import('./officer/ForwardedPage.tsx')));
const RegisterPage = lazy(() => withAllStyles(import('./officer/RegisterPage.tsx')));
const MonitoringPage = lazy(() => withAllStyles(import('./officer/MonitoringPage.tsx')));
const OfficerIndicatorDossiersPage = lazy(() => withAllStyles(import('./officer/IndicatorDossiersPage.tsx')));
const Ii06aPage = lazy(() => withAllStyles(import('./officer/Ii06aPage.tsx')));
const AdminProceduresPage = lazy(() => withAllStyles(import('./admin/ProceduresPage.tsx')));
const AdminProcedurePage = lazy(() => withAllStyles(import('./admin/ProcedurePage.tsx')));
const AdminCalendarPage = lazy(() => withAllStyles(import('./admin/CalendarPage.tsx')));
const AdminAgenciesPage = lazy(() => withAllStyles(import('./admin/AgenciesPage.tsx')));
const AdminOperatorsPage = lazy(() => withAllStyles(import('./admin/OperatorsPage.tsx')));

function PageLoader() {
  const { t } = useI18n();
  return (
    <Center py="xl" role="status">
      <Loader size="md" aria-label={t('common.loading')} />
    </Center>
  );
}

/** The e-ID provider always returns to /: continue where the citizen was going before logging in. */
function ReturnAfterLogin() {
  const session = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  useEffect(() => {
    if (pathname !== '/' || !session.data || session.data.kind === 'officer') return;
    const to = takeReturn();
    if (to) void navigate(to, { replace: true });
  }, [pathname, session.data, navigate]);
  return null;
}

export function App() {
  return (
    <Suspense fallback={<PageLoader />}>
      <ReturnAfterLogin />
      <Routes>
        <Route element={<CitizenLayout />}>
          <Route index element={<HomePage />} />
          <Route path="thu-tuc/:code" element={<ProcedurePage />} />
          <Route path="nop-ho-so/:code" element={<SubmitPage />} />
          <Route path="dang-nhap" element={<LoginPage />} />
          <Route path="tai-khoan" element={<AccountPage />} />
          <Route path="ho-so-cua-toi" element={<MyDossiersPage />} />
          <Route path="ho-so-cua-toi/:id" element={<DossierPage />} />
          <Route path="tra-cuu" element={<TrackingPage />} />
          <Route path="tra-cuu/:code" element={<TrackingPage />} />
          <Route path="kho-du-lieu" element={<WarehousePage />} />
          <Route path="xac-thuc" element={<VerifyPage />} />
          <Route path="xac-thuc/:code" element={<VerifyPage />} />
          <Route path="kiem-tra-tin-nhan" element={<CheckMessagePage />} />
          {/* the public service index (Decision 766), computed on the portal from what the systems sync (a local system's menu links there) */}
          <Route path="chi-so-phuc-vu" element={<NationalIndexPage />} />
          <Route path="chi-so-phuc-vu/:code" element={<SystemIndexPage />} />
          <Route path="chi-so-phuc-vu/:code/chi-tieu/:key" element={<IndicatorDossiersPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
        <Route path="can-bo/dang-nhap" element={<OfficerLoginPage />} />
        {/* Dossier work happens on a ministry's or province's system; on the portal these pages name them. */}
        <Route element={<NodeGuard needs="local" />}>
          <Route path="can-bo" element={<QueuePage />} />
          <Route path="can-bo/tiep-nhan" element={<ReceptionPage />} />
          <Route path="can-bo/ho-so/:id" element={<OfficerDossierPage />} />
          <Route path="can-bo/thong-ke" element={<DashboardPage />} />
          <Route path="can-bo/chuyen-he-thong" element={<ForwardedPage />} />
          <Route path="can-bo/so-theo-doi" element={<RegisterPage />} />
          <Route path="can-bo/giam-sat" element={<MonitoringPage />} />
          <Route path="can-bo/giam-sat/chi-tieu/:key" element={<OfficerIndicatorDossiersPage />} />
          <Route path="can-bo/bao-cao-06a" element={<Ii06aPage />} />
        </Route>
        <Route path="quan-tri" element={<AdminProceduresPage />} />
        {/* The master catalogue is edited on the portal; a local system links there. */}
        <Route element={<NodeGuard needs="national" />}>
          <Route path="quan-tri/thu-tuc/:code" element={<AdminProcedurePage />} />
        </Route>
        <Route path="quan-tri/lich" element={<AdminCalendarPage />} />
        <Route path="quan-tri/co-quan" element={<AdminAgenciesPage />} />
        <Route path="quan-tri/he-thong-ket-noi" element={<AdminOperatorsPage />} />
      </Routes>
    </Suspense>
  );
}
