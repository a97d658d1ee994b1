import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bridgeFromWindow, createClient } from './ipc/client';
import { takeRecovery } from './app/recovery';
import 'prosemirror-view/style/prosemirror.css';
import './styles.css';

const client = createClient(bridgeFromWindow());
// Once per page load, outside React (StrictMode runs initializers twice).
const recovery = takeRecovery();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App client={client} recovery={recovery} />
  </StrictMode>,
);
