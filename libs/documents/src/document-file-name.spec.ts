import { documentFileName } from './document-file-name';

describe('documentFileName', () => {
  it.each([
    ['营业执照.pdf', '营业执照.pdf'],
    ['../../etc/passwd.pdf', 'passwd.pdf'],
    ['..\\..\\windows\\system32\\a.png', 'a.png'],
    ['/absolute/path/场地证明.jpg', '场地证明.jpg'],
    ['report\u0000\u0007\u001b[31m.pdf', 'report[31m.pdf'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['line\r\nbreak.pdf', 'line break.pdf'],
    ['  spaced   name .pdf ', 'spaced name .pdf'],
    ['...hidden.pdf', 'hidden.pdf'],
    ['..', 'fallback.pdf'],
    ['../', 'fallback.pdf'],
    ['\u0000\u0001', 'fallback.pdf'],
    ['', 'fallback.pdf'],
    [undefined, 'fallback.pdf'],
  ])('%j → %j', (raw, shown) => {
    expect(documentFileName(raw, 'fallback.pdf')).toBe(shown);
  });

  it('shortens a long name to 200 characters, keeping its extension', () => {
    const shown = documentFileName(`${'很'.repeat(300)}.pdf`, 'x.pdf');
    expect([...shown]).toHaveLength(200);
    expect(shown.endsWith('很.pdf')).toBe(true);
  });
});
