import { describe, expect, it } from '@jest/globals';
import { canonicalJson } from '@ziba/service-kit/canonical-json';
import { jcs } from './jcs.ts';

/** A double from its IEEE 754 bits, as RFC 8785 appendix B lists them. */
const double = (hex: string) => {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
};

describe('RFC 8785 JSON canonicalization', () => {
  it('gives the text of the RFC example (section 3.2.2)', () => {
    const input = JSON.parse(`{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
      "literals": [null, true, false]
    }`);
    expect(jcs(input)).toBe('{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}');
  });

  it('sorts keys by UTF-16 code units, non-ASCII and surrogate pairs included (section 3.2.3)', () => {
    const input = JSON.parse(`{
      "\\u20ac": "Euro Sign",
      "\\r": "Carriage Return",
      "\\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\\ud83d\\ude00": "Emoji: Grinning Face",
      "\\u0080": "Control",
      "\\u00f6": "Latin Small Letter O With Diaeresis"
    }`);
    expect(jcs(input)).toBe(
      // Written with escapes so that no editor normalizes the characters; the output holds them raw (UTF-8).
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis","\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('sorts numeric-looking keys as strings, where JavaScript (and canonicalJson) put them first', () => {
    const input = { b: 1, '10': 'ten', '2': 'two', a: { '1': true, z: null, '01': false }, '-1': 0 };
    expect(jcs(input)).toBe('{"-1":0,"10":"ten","2":"two","a":{"01":false,"1":true,"z":null},"b":1}');
    expect(canonicalJson(input)).toBe('{"2":"two","10":"ten","-1":0,"a":{"1":true,"01":false,"z":null},"b":1}');
  });

  it('writes numbers as ECMAScript does (appendix B)', () => {
    const cases: Array<[string, string]> = [
      ['0000000000000000', '0'],
      ['8000000000000000', '0'],
      ['0000000000000001', '5e-324'],
      ['8000000000000001', '-5e-324'],
      ['7fefffffffffffff', '1.7976931348623157e+308'],
      ['ffefffffffffffff', '-1.7976931348623157e+308'],
      ['4340000000000000', '9007199254740992'],
      ['c340000000000000', '-9007199254740992'],
      ['4430000000000000', '295147905179352830000'],
      ['44b52d02c7e14af5', '9.999999999999997e+22'],
      ['44b52d02c7e14af6', '1e+23'],
      ['44b52d02c7e14af7', '1.0000000000000001e+23'],
      ['444b1ae4d6e2ef4e', '999999999999999700000'],
      ['444b1ae4d6e2ef4f', '999999999999999900000'],
      ['444b1ae4d6e2ef50', '1e+21'],
      ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
      ['3eb0c6f7a0b5ed8d', '0.000001'],
      ['41b3de4355555553', '333333333.3333332'],
      ['41b3de4355555554', '333333333.33333325'],
      ['41b3de4355555555', '333333333.3333333'],
      ['41b3de4355555556', '333333333.3333334'],
      ['41b3de4355555557', '333333333.33333343'],
      ['becbf647612f3696', '-0.0000033333333333333333'],
      ['43143ff3c1cb0959', '1424953923781206.2'],
    ];
    for (const [bits, text] of cases) expect([bits, jcs(double(bits))]).toEqual([bits, text]);
    expect(() => jcs(double('7fffffffffffffff'))).toThrow(/no JSON form/);
    expect(() => jcs(double('7ff0000000000000'))).toThrow(/no JSON form/);
  });

  it('escapes strings as JSON.stringify does, leaves undefined members out, and refuses what JSON cannot hold', () => {
    expect(jcs(['\u0000\u001f\u007f', '\b\t\n\f\r', '</script>', 'é'])).toBe('["\\u0000\\u001f\u007f","\\b\\t\\n\\f\\r","</script>","é"]');
    expect(jcs({ a: undefined, b: [undefined] })).toBe('{"b":[null]}');
    expect(() => jcs({ a: '\ud800' })).toThrow(/lone surrogate/);
    expect(() => jcs({ a: 1n })).toThrow(/bigint is not JSON/);
  });
});
