import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { getLang, loadLang } from './i18n';
import './styles.css';

// a remembered language is loaded before the first render; if it cannot be, the page starts in English
void loadLang(getLang())
  .catch(() => undefined)
  .then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
