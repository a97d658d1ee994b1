// What node views need from outside the document (the IPC client, the asset
// resolver, a way to tell the journalist something went wrong), passed by
// context because node view components are registered in a static map.
import { createContext, useContext } from 'react';
import type { Client } from '../../ipc/client';
import type { AssetResolver } from '../photo/asset-url';

export interface EditorServices {
  client: Client;
  assets: AssetResolver;
  notify(message: string): void;
}

const Context = createContext<EditorServices | null>(null);
export const EditorServicesProvider = Context.Provider;

export function useEditorServices(): EditorServices {
  const services = useContext(Context);
  if (!services) throw new Error('useEditorServices outside an ArticleEditor');
  return services;
}
