import { isPublicCall } from './public-calls';

describe('service calls the portal passes on without a session', () => {
  it.each([
    ['the complaint form', 'evaluation', 'POST', '/public/complaints', true],
    ['the lookup by reference', 'evaluation', 'GET', '/public/complaints/TS20261012K7Q2M9XD', true],
    ['an attachment by reference', 'evaluation', 'POST', '/public/complaints/TS20261012K7Q2M9XD/attachments', true],
    ['the lookup with a query', 'evaluation', 'GET', '/public/complaints/TS20261012K7Q2M9XD?x=1', true],
    ['the department worklist', 'evaluation', 'GET', '/complaints', false],
    ['a complaint by id', 'evaluation', 'GET', '/complaints/0b6f7a0e-6f1c-4a53-9d7e-1f0c2b7e9a11', false],
    ['listing attachments by reference', 'evaluation', 'GET', '/public/complaints/TS2026/attachments', false],
    ['a write to the lookup', 'evaluation', 'PUT', '/public/complaints/TS20261012K7Q2M9XD', false],
    ['a path escaping the prefix', 'evaluation', 'GET', '/public/complaints/../complaints', false],
    ['the public path under another prefix', 'evaluation', 'POST', '/x/public/complaints', false],
    ['the published evaluations', 'evaluation', 'GET', '/public/evaluations?region=512002', true],
    ['the filed institutions', 'filing', 'GET', '/public/filings?region=512002', true],
    ['the non-compliance notices', 'filing', 'GET', '/public/non-compliance', true],
    ['a filing case', 'filing', 'GET', '/filings/0b6f7a0e-6f1c-4a53-9d7e-1f0c2b7e9a11', false],
    ['a write to the disclosure', 'filing', 'POST', '/public/filings', false],
    ['complaints at another service', 'filing', 'POST', '/public/complaints', false],
    ['an unknown service', 'nowhere', 'GET', '/public/filings', false],
  ])('%s', (_name, service, method, path, allowed) => {
    expect(isPublicCall(service, method, path)).toBe(allowed);
  });
});
