// The renderer's only door to the main process: one frozen object with one
// function per contract method and a listener for known push events. No
// ipcRenderer, no generic "invoke any channel".
import { contextBridge, ipcRenderer } from 'electron';
import { EVENTS, METHODS, type EventName } from '../../shared/ipc/channels';

const bridge: Record<string, unknown> = {};
for (const [method, channel] of Object.entries(METHODS)) {
  bridge[method] = (request: unknown) => ipcRenderer.invoke(channel, request);
}
bridge.on = (event: EventName, listener: () => void) => {
  const channel = EVENTS[event];
  if (!channel) throw new Error(`Unknown event ${String(event)}`);
  const wrapped = () => listener();
  ipcRenderer.on(channel, wrapped);
  return () => ipcRenderer.removeListener(channel, wrapped);
};

contextBridge.exposeInMainWorld('copydesk', Object.freeze(bridge));
