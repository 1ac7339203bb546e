// @vitest-environment node
import { EVENT_VALUE, FROM_EVENT } from '@conectamos/consent';
import { expect, test } from 'vitest';

test("FROM_EVENT's pattern is EVENT_VALUE anchored: the manifests and the drop-in read one rule", () => {
  expect(FROM_EVENT.pattern).toBe(`^${EVENT_VALUE}$`);
  const whole = new RegExp(FROM_EVENT.pattern);
  expect(['{{value}}', '{{ order_id }}', '{{$x}}'].filter((t) => whole.test(t))).toHaveLength(3);
  expect(
    ['{{}}', '{{order id}}', '{{1st}}', 'x {{value}}', '{value}', '{{value}'].some((t) => whole.test(t)),
  ).toBe(false);
  expect(new RegExp(EVENT_VALUE).exec('order {{ id }} of 3')?.[1]).toBe('id');
});
