// npm run email:preview [-- --out tmp/email-preview]
// Renders every notice template in every locale from its sample props to files a person can open in a browser.
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { NOTICE_LOCALES, NoticeTemplate } from '@tuoyu/contracts';
import { SAMPLE_PROPS, renderNotice } from '@tuoyu/notification-domain';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'tmp/email-preview' } }, strict: true });
const out = resolve(values.out);
mkdirSync(out, { recursive: true });

const escape = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// The rendered HTML is an email body fragment; a page around it lets a browser pick UTF-8 and show the subject.
const page = (title: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)}</title></head>` +
  `<body style="font-family:sans-serif;max-width:760px;margin:2em auto">${body}</body></html>\n`;

const rows: string[] = [];
for (const template of Object.values(NoticeTemplate)) {
  for (const locale of NOTICE_LOCALES) {
    const { subject, text, html } = renderNotice(template, locale, SAMPLE_PROPS[template]);
    const base = `${template}.${locale}`;
    writeFileSync(join(out, `${base}.html`), page(subject, `<p><b>Subject:</b> ${escape(subject)}</p><hr>${html}`));
    writeFileSync(join(out, `${base}.txt`), `Subject: ${subject}\n\n${text}`);
    rows.push(
      `<tr><td>${template}</td><td>${locale}</td><td><a href="${base}.html">HTML</a> · <a href="${base}.txt">text</a></td>` +
        `<td>${escape(subject)}</td></tr>`,
    );
  }
}
writeFileSync(
  join(out, 'index.html'),
  page(
    'Tuoyu email preview',
    `<h1>Tuoyu email preview</h1><p>Sample props: libs/notification-domain/src/templates/sample-props.ts</p>` +
      `<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>template</th><th>locale</th>` +
      `<th>files</th><th>subject</th></tr>${rows.join('\n')}</table>`,
  ),
);
process.stdout.write(`${rows.length} previews written; open ${join(out, 'index.html')}\n`);
