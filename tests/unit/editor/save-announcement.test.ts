// What the save status tells a screen reader: problems, and the "Saved" that
// ends one — not every routine autosave.
import { describe, expect, it } from 'vitest';
import { nextAnnouncement, type Announcement } from '../../../renderer/src/editor/status/SaveStatus';
import type { SaveState } from '../../../renderer/src/editor/save-queue';

function replay(states: SaveState[]): string[] {
  let announcement: Announcement = { text: '', troubled: false };
  const heard: string[] = [];
  for (const state of states) {
    const next = nextAnnouncement(announcement, state);
    if (next.text !== announcement.text) heard.push(next.text);
    announcement = next;
  }
  return heard;
}

const saved: SaveState = { kind: 'saved', at: '2026-11-24T10:00:00.000Z' };
const pending: SaveState = { kind: 'pending' };
const saving: SaveState = { kind: 'saving' };

describe('save announcements', () => {
  it('stay silent through a day of routine autosaves', () => {
    expect(replay([saved, pending, saving, saved, pending, saving, saved])).toEqual([]);
  });

  it('announce a failed save once per reason, then the save that recovers it', () => {
    const offline: SaveState = { kind: 'retrying', reason: 'the database is busy' };
    expect(replay([saved, pending, saving, offline, saving, offline, saving, saved, pending, saving, saved])).toEqual([
      'Not saved — retrying (the database is busy)',
      'Saved',
    ]);
  });

  it('leave a conflict to its alert bar, and announce the save that settles it', () => {
    const offline: SaveState = { kind: 'retrying', reason: 'the database is busy' };
    const conflict: SaveState = { kind: 'conflict', reason: 'the article changed elsewhere' };
    expect(replay([saved, pending, saving, conflict])).toEqual([]);
    expect(replay([saving, offline, saving, saved, pending, saving, conflict, saving, saved])).toEqual([
      'Not saved — retrying (the database is busy)',
      'Saved',
      '',
      'Saved',
    ]);
  });
});
