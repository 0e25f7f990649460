import '@fontsource/vazirmatn/400.css';
import '@fontsource/vazirmatn/700.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SelfServiceApp } from './SelfServiceApp';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <SelfServiceApp />
    </StrictMode>,
  );
