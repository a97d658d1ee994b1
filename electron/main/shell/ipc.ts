// Wires every contract channel to the one dispatch function.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { METHODS } from '../../../shared/ipc/channels';
import type { Dispatch } from '../ipc/dispatch';

export function registerIpc(dispatch: Dispatch, topFrameOf: (event: IpcMainInvokeEvent) => boolean): () => void {
  const channels = Object.values(METHODS);
  for (const channel of channels) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      dispatch(channel, payload, { url: event.senderFrame?.url ?? '', isTopFrame: topFrameOf(event) }),
    );
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}
