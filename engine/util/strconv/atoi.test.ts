import { describe, expect, it } from 'vitest';
import { atoi } from './atoi';

describe('atoi', () => {
  it.each([
    { name: 'plain', in: '12', want: { value: 12n } },
    { name: 'signs and zeros', in: '+007', want: { value: 7n } },
    { name: 'negative', in: '-3', want: { value: -3n } },
    { name: 'empty', in: '', want: { error: 'strconv.Atoi: parsing "": invalid syntax' } },
    { name: 'dash', in: '-', want: { error: 'strconv.Atoi: parsing "-": invalid syntax' } },
    { name: 'space', in: ' 1', want: { error: 'strconv.Atoi: parsing " 1": invalid syntax' } },
    { name: 'max int64', in: '9223372036854775807', want: { value: 9223372036854775807n } },
    {
      name: 'overflow',
      in: '9223372036854775808',
      want: { error: 'strconv.Atoi: parsing "9223372036854775808": value out of range' },
    },
  ])('$name', (c) => expect(atoi(c.in)).toEqual(c.want));
});
