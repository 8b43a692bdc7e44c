// jsdom lacks what Mantine reads from a real browser.
// Writable, so a test can take a phone's width.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener() {},
    removeEventListener() {},
    addListener() {},
    removeListener() {},
    dispatchEvent: () => false,
  }),
});
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.defineProperty(window, 'ResizeObserver', { value: ResizeObserverStub });
// Textarea's autosize listens for web fonts loading.
Object.defineProperty(document, 'fonts', { value: { addEventListener() {}, removeEventListener() {}, ready: Promise.resolve() } });
// The router restores the scroll position on navigation.
Object.defineProperty(window, 'scrollTo', { value: () => {} });
// The pages under test are a signed-in user's: the gateway's readable session hint is there (api/queries.ts mayHaveSession).
document.cookie = '__Host-ziba-signed-in=1; path=/; secure';
