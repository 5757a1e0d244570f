// The frame around every signed-in page: top bar (product, org switcher, user, logout),
// module navigation (a menu button on phones) and the main content area.
import { useEffect, useState, type ReactNode } from 'react';
import { useSession, displayName } from './features/auth/session.js';
import { unitName } from './features/org/labels.js';
import { OrgSwitcher } from './features/org/OrgSwitcher.js';
import { th } from './i18n/th.js';
import { isActive, NAV, navVisible } from './nav.js';
import { Link, useLocation } from './router.js';
import { Alert } from './ui/Alert.js';
import { BrandMark } from './ui/BrandMark.js';
import { Button } from './ui/Button.js';

export function AppShell({ children }: { children: ReactNode }) {
  const { me, can, logout } = useSession();
  const { path } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const [leaving, setLeaving] = useState(false);

  useEffect(() => setMenuOpen(false), [path]);

  const items = NAV.filter((n) => navVisible(n, can, me));
  const role = me.roles[0];
  const doLogout = async () => {
    setLeaving(true);
    await logout();
  };

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {th.app.skipToContent}
      </a>
      <header className="topbar">
        <div className="topbar__inner">
          <Link to="/" className="brand">
            <BrandMark size={32} />
            <span className="brand__text">
              <span className="brand__name">{th.app.name}</span>
              <span className="brand__sub">{th.app.subtitle}</span>
            </span>
          </Link>
          <div className="topbar__user" data-testid="current-user">
            <span className="topbar__name">{displayName(me)}</span>
            {role && <span className="topbar__role">{role.roleNameTh}</span>}
          </div>
          <Button
            variant="ghost"
            small
            className="topbar__logout"
            onClick={doLogout}
            busy={leaving}
            busyLabel={th.nav.loggingOut}
            data-testid="logout"
          >
            {th.nav.logout}
          </Button>
          <button
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpen((o) => !o)}
          >
            <span className="menu-button__icon" aria-hidden="true">
              {menuOpen ? '✕' : '☰'}
            </span>
            {th.nav.menu}
            <span className="visually-hidden">{menuOpen ? th.nav.closeMenu : th.nav.openMenu}</span>
          </button>
        </div>
      </header>
      <div className="subbar">
        <div className="subbar__inner">
          <nav
            id="main-nav"
            aria-label={th.nav.label}
            className={['mainnav', menuOpen ? 'mainnav--open' : ''].filter(Boolean).join(' ')}
          >
            <ul>
              {items.map((item) => {
                const active = isActive(item, path);
                return (
                  <li key={item.to}>
                    <Link to={item.to} className="mainnav__link" aria-current={active ? 'page' : undefined}>
                      {item.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
            <div className="mainnav__mobile-user">
              <p className="topbar__name">{displayName(me)}</p>
              {role && (
                <p className="topbar__role">
                  {th.home.roleIn(
                    role.roleNameTh,
                    unitName({ id: role.orgUnitId, kind: role.orgUnitKind, nameTh: role.orgUnitNameTh }),
                  )}
                </p>
              )}
              <Button variant="secondary" small onClick={doLogout} busy={leaving} busyLabel={th.nav.loggingOut}>
                {th.nav.logout}
              </Button>
            </div>
          </nav>
          <OrgSwitcher />
        </div>
      </div>
      <main id="main" className="main" tabIndex={-1}>
        {me.mustChangePassword && path !== '/password' && (
          <Alert tone="warning" title={th.password.mustChange}>
            <Link to="/password">{th.password.mustChangeLink}</Link>
          </Alert>
        )}
        {children}
      </main>
      <footer className="footer">{th.app.department}</footer>
    </div>
  );
}
