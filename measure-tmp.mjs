import { chromium } from '@playwright/test';
import { readdirSync } from 'node:fs';
const ids = readdirSync('content/scenarios').filter((f) => f.endsWith('.yaml')).map((f) => f.replace('.yaml', ''));
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [w, h] of [[375, 667], [320, 568]]) {
  const p = await b.newPage({ viewport: { width: w, height: h } });
  for (const id of ids) {
    await p.goto(`http://127.0.0.1:4414/practice/${id}/`);
    const btn = p.getByRole('button', { name: 'Start scenario' });
    await btn.waitFor();
    const t = (await p.locator('h1').boundingBox()).y;
    const bb = await btn.boundingBox();
    console.log(w, id.padEnd(45), Math.round(t), Math.round(bb.y + bb.height - t), Math.round(bb.y + bb.height));
  }
  await p.close();
}
await b.close();
