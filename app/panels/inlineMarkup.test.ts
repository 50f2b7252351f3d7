import { describe, expect, it } from 'vitest';
import { paragraphs, parseInline } from './inlineMarkup';

const text = (t: string) => ({ kind: 'text', text: t });
const code = (t: string) => ({ kind: 'code', text: t });

describe('parseInline', () => {
  it('reads code, strong, emphasis and links, and leaves identifiers alone', () => {
    expect(
      parseInline('_if_ `mod_revision(k) == 0` _then_ put: **9**, see [etcd](https://etcd.io/docs).'),
    ).toEqual([
      { kind: 'em', children: [text('if')] },
      text(' '),
      code('mod_revision(k) == 0'),
      text(' '),
      { kind: 'em', children: [text('then')] },
      text(' put: '),
      { kind: 'strong', children: [text('9')] },
      text(', see '),
      { kind: 'link', href: 'https://etcd.io/docs', children: [text('etcd')] },
      text('.'),
    ]);
  });

  it('lets strong hold code', () => {
    expect(parseInline('the generic **`Store`**, then **etcd\ntransaction**')).toEqual([
      text('the generic '),
      { kind: 'strong', children: [code('Store')] },
      text(', then '),
      { kind: 'strong', children: [text('etcd\ntransaction')] },
    ]);
  });

  it('keeps snake_case and non-http links as text', () => {
    expect(parseInline('snake_case_name [x](javascript:alert(1))')).toEqual([
      text('snake_case_name [x](javascript:alert(1))'),
    ]);
  });
});

describe('paragraphs', () => {
  it('splits on blank lines and joins wrapped lines', () => {
    expect(paragraphs('one\ntwo\n\n  three  \n\n\n')).toEqual(['one two', 'three']);
  });

  it('reads *emphasis* next to Chinese characters, but not a lone star or a list marker', () => {
    expect(parseInline('它*就是* revision')).toEqual([
      { kind: 'text', text: '它' },
      { kind: 'em', children: [{ kind: 'text', text: '就是' }] },
      { kind: 'text', text: ' revision' },
    ]);
    expect(parseInline('2 * 3 = 6')).toEqual([{ kind: 'text', text: '2 * 3 = 6' }]);
  });

  it('joins the lines of a paragraph with a space, but not between Chinese characters', () => {
    expect(paragraphs('one\ntwo\n\n本课讲的是，\n每道关卡 `x`\nand more')).toEqual([
      'one two',
      '本课讲的是，每道关卡 `x` and more',
    ]);
  });
});
