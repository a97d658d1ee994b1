// The dictionary behind the spelling check: Hunspell's en-US or en-GB files
// (the dictionary-en and dictionary-en-gb packages, shipped with the app, never
// downloaded) read by nspell. The files are handed in as bytes, so the same
// code runs in the CLI, in main and in a renderer worker, each loading them
// its own way.
import NSpell from 'nspell';

export interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

export interface DictionaryFiles {
  aff: Uint8Array | string;
  dic: Uint8Array | string;
}

const decoder = new TextDecoder();
const asText = (data: Uint8Array | string) => (typeof data === 'string' ? data : decoder.decode(data));

/** Building one takes a few hundred milliseconds: make it once per dialect and keep it. */
export function createSpeller(files: DictionaryFiles): Speller {
  const spell = NSpell(asText(files.aff), asText(files.dic));
  const known = new Map<string, boolean>();
  return {
    correct(word) {
      let answer = known.get(word);
      if (answer === undefined) {
        answer = spell.correct(word);
        // Bounded: a day of typing meets many words, but not this many distinct ones.
        if (known.size > 200_000) known.clear();
        known.set(word, answer);
      }
      return answer;
    },
    suggest: (word) => spell.suggest(word).slice(0, 6),
  };
}
