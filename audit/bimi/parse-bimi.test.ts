import { describe, expect, it } from 'vitest';
import { GOOD_LOGO } from '@/testing/https/fixture-sites';
import { checkSvgTinyPs } from './check-svg-tiny-ps';
import { parseBimiRecord } from './parse-bimi-record';

describe('parseBimiRecord', () => {
  it('reads l= and a=', () => {
    expect(parseBimiRecord('v=BIMI1; l=https://example.jp/logo.svg; a=https://example.jp/vmc.pem')).toEqual({
      location: 'https://example.jp/logo.svg',
      authority: 'https://example.jp/vmc.pem',
      declined: false,
      errors: [],
    });
  });

  it('an empty l= and a= is a declination, not an error', () => {
    expect(parseBimiRecord('v=BIMI1; l=; a=;')).toMatchObject({ declined: true, errors: [] });
  });

  it.each([
    ['v=BIMI1; l=http://example.jp/logo.svg', /not an https:\/\/ URL/],
    ['v=BIMI1; a=https://example.jp/vmc.pem', /no "l=" field/],
    ['v=BIMI1; l=https://example.jp/l.svg; a=ldap://x', /a= "ldap:\/\/x" is not an https/],
    ['v=bimi1; l=https://example.jp/l.svg', /must begin with "v=BIMI1"/],
  ])('%s is invalid', (text, error) => {
    expect(parseBimiRecord(text).errors.join('; ')).toMatch(error);
  });
});

describe('checkSvgTinyPs', () => {
  it('passes a Tiny PS logo', () => {
    expect(checkSvgTinyPs(GOOD_LOGO)).toEqual([]);
  });

  it.each([
    [GOOD_LOGO.replace('<circle', '<script>alert(1)</script><circle'), /a <script> element/],
    [GOOD_LOGO.replace('<circle', '<foreignObject/><circle'), /a <foreignObject> element/],
    [GOOD_LOGO.replace('<circle', '<circle onclick="x()"'), /event handler attribute \(onclick\)/],
    [
      GOOD_LOGO.replace('<circle', '<image href="https://t.example/p.png"/><circle'),
      /external reference \(href="https:/,
    ],
    [
      GOOD_LOGO.replace('<circle', '<use xlink:href="http://t.example/s.svg#a"/><circle'),
      /external reference \(xlink:href/,
    ],
    [
      GOOD_LOGO.replace('fill="#c00"', 'style="fill:url(https://t.example/x)"'),
      /external reference \(style=/,
    ],
    [GOOD_LOGO.replace('<title>Kensa</title>', ''), /no <title> child/],
    [GOOD_LOGO.replace('0 0 100 100', '0 0 200 100'), /not square \(200 × 100\)/],
    [GOOD_LOGO.replace(' viewBox="0 0 100 100"', ''), /no viewBox/],
    [GOOD_LOGO.replace('tiny-ps', 'tiny'), /baseProfile is not "tiny-ps"/],
    ['<html><title>x</title></html>', /root element is not <svg>/],
    ['<svg', /not well-formed/],
    [`<!DOCTYPE svg [<!ENTITY x "y">]>${GOOD_LOGO}`, /DOCTYPE/],
  ])('%#: %s', (svg, problem) => {
    expect(checkSvgTinyPs(svg).join('; ')).toMatch(problem);
  });

  it('a fragment reference stays inside the document', () => {
    expect(checkSvgTinyPs(GOOD_LOGO.replace('<circle', '<use href="#c"/><circle'))).toEqual([]);
  });

  it('bounds what a hostile file makes it report', () => {
    const deep = `<svg>${'<g>'.repeat(200)}${'</g>'.repeat(200)}</svg>`;
    expect(checkSvgTinyPs(deep)).toEqual([expect.stringMatching(/nested deeper than 64/)]);
  });
});
