import { useEffect } from 'react';
import type { Me } from '../api/types.js';
import { LoginForm } from '../features/auth/LoginForm.js';
import { th } from '../i18n/th.js';
import { BrandMark } from '../ui/BrandMark.js';

export function LoginPage({ onLoggedIn, notice }: { onLoggedIn: (me: Me) => void; notice?: string | null }) {
  useEffect(() => {
    document.title = th.app.pageTitle(th.login.title);
  }, []);
  return (
    <main className="login" id="main">
      <div className="login__panel">
        <div className="login__brand">
          <BrandMark size={48} />
          <div>
            <p className="login__product">{th.app.name}</p>
            <p className="login__subtitle">{th.app.subtitle}</p>
          </div>
        </div>
        <h1 id="login-title" className="login__title">
          {th.login.title}
        </h1>
        <LoginForm onLoggedIn={onLoggedIn} notice={notice ?? null} />
        <p className="login__help">{th.login.help}</p>
      </div>
      <p className="login__footer">{th.app.department}</p>
    </main>
  );
}
