import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/graph/sentences.js';
import { loadRealGraph } from './support/client.js';

// The sentence-splitting rule (src/graph/sentences.ts, docs/api.md "Sentences and coverage"):
// deterministic, every piece of the body accounted for, offsets exact.

const texts = (body: string) => splitSentences(body).map((s) => [s.form, s.text]);

describe('splitSentences', () => {
  it('gives nothing for an empty or blank body', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('\n  \n\t\n')).toEqual([]);
  });

  it('splits running text after a full stop, question or exclamation mark followed by a capital', () => {
    expect(texts('NATO condemns the war. Ukraine is a partner! Is it a member? No.')).toEqual([
      ['SENTENCE', 'NATO condemns the war.'],
      ['SENTENCE', 'Ukraine is a partner!'],
      ['SENTENCE', 'Is it a member?'],
      ['SENTENCE', 'No.'],
    ]);
  });

  it('does not split after initials or abbreviations, or inside numbers', () => {
    expect(
      texts(
        'The first package of U.S. equipment arrived. Washington, D.C. is a capital. It cost 1.2 billion.',
      ),
    ).toEqual([
      ['SENTENCE', 'The first package of U.S. equipment arrived.'],
      ['SENTENCE', 'Washington, D.C. is a capital.'],
      ['SENTENCE', 'It cost 1.2 billion.'],
    ]);
    expect(texts('Some drones, e.g. Shaheds, were sent. Then more.')).toEqual([
      ['SENTENCE', 'Some drones, e.g. Shaheds, were sent.'],
      ['SENTENCE', 'Then more.'],
    ]);
  });

  it('ends a sentence after closing quotes and brackets', () => {
    expect(texts('It is a "no limits" partnership (as they say.) Then it grew.')).toEqual([
      ['SENTENCE', 'It is a "no limits" partnership (as they say.)'],
      ['SENTENCE', 'Then it grew.'],
    ]);
  });

  it('reads a line without closing punctuation, or a numbered question, as one heading', () => {
    expect(
      texts("Prioritised Ukraine Requirements List (PURL)\n05. Why isn't NATO sending troops? It is not.\n"),
    ).toEqual([
      ['HEADING', 'Prioritised Ukraine Requirements List (PURL)'],
      ['HEADING', "05. Why isn't NATO sending troops? It is not."],
    ]);
  });

  it('splits a "Learn more" line into one link label per link, keeping any text before it', () => {
    expect(
      texts(
        'Lead sentence. _Learn more:_Germany to fund, 13 August 2025 _Learn more:_ NATO partners _Learn more_ : Cyber defence',
      ),
    ).toEqual([
      ['SENTENCE', 'Lead sentence.'],
      ['LINK_LABEL', 'Germany to fund, 13 August 2025'],
      ['LINK_LABEL', 'NATO partners'],
      ['LINK_LABEL', 'Cyber defence'],
    ]);
  });

  it('gives each sentence its index, exact offsets, paragraph and the heading it comes under', () => {
    const body = 'Intro sentence. Second one.\n\nFirst heading\nUnder it. And more.\nSecond heading\n';
    const sentences = splitSentences(body);
    for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => [s.index, s.paragraph, s.section])).toEqual([
      [0, 0, null],
      [1, 0, null],
      [2, 1, 'First heading'],
      [3, 2, 'First heading'],
      [4, 2, 'First heading'],
      [5, 3, 'Second heading'],
    ]);
  });

  it('gives no section from where a heading was lost up to the next heading', () => {
    const body =
      'Topic one\nAbout one.\nAbout two, whose heading was lost. More.\nAbout three.\nTopic four\nFour.\n';
    const sections = splitSentences(body, ['About two']).map((s) => [s.text.slice(0, 9), s.section]);
    expect(sections).toEqual([
      ['Topic one', 'Topic one'],
      ['About one', 'Topic one'],
      ['About two', null],
      ['More.', null],
      ['About thr', null],
      ['Topic fou', 'Topic four'],
      ['Four.', 'Topic four'],
    ]);
  });

  it('gives the same sentences every time', () => {
    const body = 'A. B. C\nD _Learn more:_E';
    expect(splitSentences(body)).toEqual(splitSentences(body));
  });
});

describe('the sentences of the committed sources', () => {
  it("splits NATO's page into 163 sentences, headings and link labels, covering every word of it", async () => {
    const kg = await loadRealGraph();
    const body = kg.sources.get('nato-support-for-ukraine')!.text;
    const sentences = splitSentences(body);
    expect(sentences).toHaveLength(163);
    const forms = (form: string) => sentences.filter((s) => s.form === form).length;
    expect([forms('SENTENCE'), forms('HEADING'), forms('LINK_LABEL')]).toEqual([109, 23, 31]);
    // Nothing but whitespace and the "Learn more" markers lies between the sentences.
    let rest = body;
    for (const s of [...sentences].reverse()) rest = rest.slice(0, s.start) + rest.slice(s.end);
    expect(rest.replace(/_Learn more(?::_|_\s*:)/g, '').trim()).toBe('');
    expect(sentences[75]?.text).toBe('Yes.');
    expect(sentences[15]).toMatchObject({
      form: 'LINK_LABEL',
      text: 'Germany to fund $500 million PURL package for Ukraine, 13 August 2025',
      section: 'Prioritised Ukraine Requirements List (PURL)',
    });
    expect(sentences[81]).toMatchObject({ form: 'HEADING', section: sentences[81]!.text });
  });

  it("puts the NATO page's sentences whose heading its text lost under no section, not the Pledge's", async () => {
    const kg = await loadRealGraph();
    const source = kg.sources.get('nato-support-for-ukraine')!;
    const sentences = splitSentences(source.text, source.headingsLost);
    expect(sentences[46]!.section).toBe('Pledge of Long-Term Security Assistance for Ukraine');
    // The NATO-Ukraine Council to question 04's answer ("Yes. NATO member states ... Bucharest").
    for (const sentence of sentences.slice(47, 81))
      expect([sentence.index, sentence.section]).toEqual([sentence.index, null]);
    expect(sentences[81]!.section).toMatch(/^05\. /);
  });
});
