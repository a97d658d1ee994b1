// The desk's default length targets per section, for the window: loaded once
// from main, replaced when Publication settings changes one. The status bar
// and the metadata row of an article with no target of its own read its
// section's default here (shared/article/section-targets.ts decides which applies).
import { useEffect, useState } from 'react';
import { SectionTargets } from '../../../../shared/article/section-targets';
import { SnapshotStore } from '../../hooks/snapshot-store';
import type { Client } from '../../ipc/client';

export class SectionTargetsStore extends SnapshotStore<{ targets: SectionTargets }> {
  constructor(private readonly client: Pick<Client, 'listSectionTargets' | 'setSectionTarget'>) {
    super({ targets: new SectionTargets() });
  }

  /** A failure leaves no defaults shown (the articles' own targets still are); nothing to say in the editor. */
  async load(): Promise<void> {
    try {
      this.update({ targets: new SectionTargets(await this.client.listSectionTargets({})) });
    } catch {
      // Publication settings says why when the journalist opens it.
    }
  }

  /** Sets (null: removes) a section's default; throws main's refusal for the form to show. */
  async set(section: string, targetWords: number | null): Promise<void> {
    this.update({ targets: new SectionTargets(await this.client.setSectionTarget({ section, targetWords })) });
  }
}

/** The window's one store, loaded when the window opens. */
export function useSectionTargets(client: Pick<Client, 'listSectionTargets' | 'setSectionTarget'>): SectionTargetsStore {
  const [store] = useState(() => new SectionTargetsStore(client));
  useEffect(() => void store.load(), [store]);
  return store;
}
