import { describe, expect, it } from 'vitest'
import { isAppPage, isTrustedSender } from '../../src/main/electron/sender-check'

const built = { fileUrl: 'file:///opt/Backprop%20Lab/resources/app.asar/out/renderer/index.html' }
const dev = { ...built, devServerUrl: 'http://localhost:5173' }

describe('IPC is accepted only from the app’s own page', () => {
  it('accepts the built page, with or without a query or fragment', () => {
    expect(isAppPage(built.fileUrl, built)).toBe(true)
    expect(isAppPage(`${built.fileUrl}#/inspect`, built)).toBe(true)
    expect(isAppPage(`${built.fileUrl}?x=1`, built)).toBe(true)
  })

  it('refuses look-alike origins that the old prefix test let in', () => {
    // The old check was /^(file:|http:\/\/localhost)/: each of these passed it.
    for (const url of [
      'http://localhost.evil.example/',
      'http://localhost:5173.evil.example/',
      'http://localhost@evil.example/',
      'file:///tmp/evil.html',
      'file:///opt/Backprop%20Lab/resources/app.asar/out/renderer/other.html'
    ]) {
      expect(/^(file:|http:\/\/localhost)/.test(url), url).toBe(true)
      expect(isAppPage(url, dev), url).toBe(false)
    }
  })

  it('accepts the dev server only at its exact origin, and only in development', () => {
    expect(isAppPage('http://localhost:5173/', dev)).toBe(true)
    expect(isAppPage('http://localhost:5173/src/main.ts', dev)).toBe(true)
    expect(isAppPage('http://localhost:5174/', dev)).toBe(false)
    expect(isAppPage('https://localhost:5173/', dev)).toBe(false)
    expect(isAppPage('http://localhost:5173/', built)).toBe(false)
    expect(isAppPage('data:text/html,hi', dev)).toBe(false)
    expect(isAppPage(undefined, dev)).toBe(false)
    expect(isAppPage('not a url', dev)).toBe(false)
  })

  it('refuses a frame inside the page (an iframe) and a call without a frame', () => {
    expect(isTrustedSender({ senderFrame: { url: built.fileUrl, parent: null } }, built)).toBe(true)
    expect(isTrustedSender({ senderFrame: { url: built.fileUrl, parent: {} } }, built)).toBe(false)
    expect(isTrustedSender({ senderFrame: null }, built)).toBe(false)
  })
})
