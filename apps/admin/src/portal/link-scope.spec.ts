import { linkMayRead } from './link-scope';

const CASE = '0b6f7a0e-6f1c-4a53-9d7e-1f0c2b7e9a11';
const OTHER = '1c7f8b1f-7a2d-4b64-8e1f-2a1d3c8f0b22';

describe('what an emailed link may read', () => {
  it.each([
    ['its case', 'filing', 'GET', `/filings/${CASE}`, true],
    ['its case with a query', 'filing', 'GET', `/filings/${CASE}?x=1`, true],
    ['its documents', 'filing', 'GET', `/filings/${CASE}/documents`, true],
    ['a document of its case', 'filing', 'GET', `/filings/${CASE}/documents/${OTHER}/content`, true],
    ['another case', 'filing', 'GET', `/filings/${OTHER}`, false],
    ['the case list', 'filing', 'GET', '/filings', false],
    ['a submission (write)', 'filing', 'POST', `/filings/${CASE}/submission`, false],
    ['an upload (write)', 'filing', 'POST', `/filings/${CASE}/documents`, false],
    ['its case path under another prefix', 'filing', 'GET', `/x/filings/${CASE}`, false],
    ['another service', 'registration', 'GET', `/filings/${CASE}`, false],
  ])('%s', (_name, service, method, path, allowed) => {
    expect(linkMayRead(service, method, path, CASE)).toBe(allowed);
  });
});
