import { medianMs, throughput, type Figures } from '../bench-lib.ts';
import { translit, translitKeystroke } from '../../src/core/translit/index.ts';
import { fillTemplate, phrases, searchPhrases, templates } from '../../src/core/writing/index.ts';
import heldOut from '../../src/core/translit/held-out.fixture.json';

// A letter-length Latin text: what a writer abroad might type in one go.
const letter = heldOut.sentences.map((s) => s.latin).join(' ').repeat(5);
const queries = ['погода', 'пагода', 'днем рожд', 'weather', 'favourte book', 'spasibo', 'кот', 'книг'];
const recipient = { surname: 'Балин', first: 'Андрей', patronymic: 'Альбертович' };

export function figures(): Figures {
  let typed = '';
  return {
    templates: templates.length,
    phrases: phrases.length,
    translitHeldOutExact: `${heldOut.sentences.filter((s) => translit(s.latin) === s.expected).length}/${heldOut.sentences.length}`,
    translitLetterChars: letter.length,
    translitLetterMs: medianMs(() => translit(letter)),
    keystrokesPerSecond: throughput([...'Privet, kak dela? '], (key) => {
      const edit = translitKeystroke(typed, key);
      typed = (typed.slice(0, typed.length - edit.deleteBefore) + edit.insert).slice(-200);
    }),
    searchMs: medianMs(() => queries.forEach((q) => searchPhrases(q)), 20, 5),
    searchesPerSecond: throughput(queries, (q) => searchPhrases(q)),
    fillTemplatesMs: medianMs(() => templates.forEach((t) => fillTemplate(t, {}, { recipient }))),
  };
}
