import { describe, expect, it } from 'vitest';
import { noteBlocks } from './noteBlocks';

describe('noteBlocks', () => {
  it('keeps paragraphs and turns `- ` lines into list items, continuation lines included', () => {
    expect(noteBlocks('Each path:\n- `pods`: eight verbs\n- `pods/log`: only\n  GET\n\nThe end.')).toEqual([
      { kind: 'paragraph', text: 'Each path:' },
      { kind: 'list', items: ['`pods`: eight verbs', '`pods/log`: only GET'] },
      { kind: 'paragraph', text: 'The end.' },
    ]);
  });

  it('joins the lines of one paragraph', () => {
    expect(noteBlocks('one\ntwo')).toEqual([{ kind: 'paragraph', text: 'one two' }]);
  });
});
