import { expect, test } from 'vitest';
import { chooseLang, readLangFromArgv } from './choose-lang.ts';

test('Chinese for zh locales and when no language is named; English for any other language', () => {
  expect(chooseLang({})).toBe('zh');
  expect(chooseLang({ LANG: 'C.UTF-8' })).toBe('zh');
  expect(chooseLang({ LANG: 'POSIX' })).toBe('zh');
  expect(chooseLang({ LANG: 'zh_CN.UTF-8' })).toBe('zh');
  expect(chooseLang({ LANG: 'en_US.UTF-8' })).toBe('en');
  expect(chooseLang({ LANG: 'de_DE.UTF-8' })).toBe('en');
  // LC_ALL wins over LANG, as POSIX says
  expect(chooseLang({ LC_ALL: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
  expect(chooseLang({ LC_ALL: '', LC_MESSAGES: 'zh_TW', LANG: 'en_US' })).toBe('zh');
});

test('--lang is found anywhere before --', () => {
  expect(readLangFromArgv(['check', 'a.pdf', '--lang', 'en'])).toBe('en');
  expect(readLangFromArgv(['--lang=zh', 'rules'])).toBe('zh');
  expect(readLangFromArgv(['check', '--', '--lang', 'en'])).toBeUndefined();
  expect(readLangFromArgv(['check', '--lang', 'fr'])).toBeUndefined();
});
