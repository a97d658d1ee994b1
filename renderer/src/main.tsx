import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bridgeFromWindow, createClient } from './ipc/client';
import 'prosemirror-view/style/prosemirror.css';
import './styles.css';

const client = createClient(bridgeFromWindow());
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
