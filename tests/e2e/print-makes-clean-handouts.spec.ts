import { expect, test } from '@playwright/test';
import { printToPdf } from '../helpers/pdf.ts';

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

test('a section prints alone, headed by its plan, with running header and page numbers', async ({ page }) => {
  await page.goto('/in/huyen-uy-thuc-hien-114-kh-tu/#iii-2-1');
  const pdf = await printToPdf(page);
  expect(pdf.text).toContain('2.1. Chú trọng ứng dụng công nghệ sinh học trong nông nghiệp');
  expect(pdf.text).toContain('Đẩy mạnh thu hút đầu tư các nhà máy chế biến nông sản quy mô lớn.');
  // The next section (2.2) is not there, nor the site's chrome.
  expect(pdf.text).not.toContain('2.2. Mở rộng, phát triển');
  expect(pdf.text).not.toContain('Tạo điều kiện thu hút doanh nghiệp đầu tư vào lĩnh vực công nghiệp sinh học');
  expect(pdf.text).not.toContain('Danh sách văn bản');
  expect(pdf.text).not.toContain('In mục này');
  // Its heading names the plan, where the section sits, and where the full text lives.
  expect(pdf.text).toContain('Ban Thường vụ Huyện ủy');
  expect(pdf.text).toContain('III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU › 2. Tập trung phát triển');
  // pdftotext may drop a hyphen where the address wraps; its start and its anchor are enough.
  expect(pdf.text).toMatch(/Toàn văn tại: .*https?:\/\/\S+\/van-ban\/huyen-?uy-?thuc-?hien.*#iii-2-1/);
  for (const [index, pageText] of pdf.pages.entries()) {
    expect(fold(pageText)).toContain('Trích: Kế hoạch của Ban Thường vụ Huyện ủy');
    expect(fold(pageText)).toContain(`Trang ${index + 1}/${pdf.pages.length}`);
  }
});

/** The whole address of a place in a plan, as paper must carry it: a scheme, a host, the path, the anchor. */
const printedAddress = (plan: string, section: string) => new RegExp(`^https?://[^/\\s]+(/[^\\s]*)?/van-ban/${plan}/#${section}$`);

test('a printed section carries its whole address, and a QR code made for that address', async ({ page }) => {
  await page.goto('/in/lai-chau-35-ctr-tu/#ii');
  await page.emulateMedia({ media: 'print' });
  const head = page.locator('#ii > .print-head');
  await expect(head).toBeVisible();
  const address = (await head.locator('[data-print-address]').textContent())!;
  expect(address).toMatch(printedAddress('lai-chau-35-ctr-tu', 'ii'));
  // The code is drawn at build time for that same address, small enough to sit beside the heading.
  const qr = head.locator('.print-head__qr');
  await expect(qr).toHaveAttribute('data-qr-address', address);
  const svg = qr.locator('svg');
  await expect(svg).toBeVisible();
  await expect(svg.locator('path[stroke]')).toHaveCount(1);
  const { width, height } = (await svg.boundingBox())!;
  const mm = (pixels: number) => (pixels * 25.4) / 96;
  expect(mm(width)).toBeGreaterThanOrEqual(20);
  expect(mm(width)).toBeLessThanOrEqual(25);
  expect(height).toBeCloseTo(width, 0);
  // Only the section printed shows its code; the other sections' stay hidden with them.
  await expect(page.locator('.print-head__qr svg:visible')).toHaveCount(1);
  const pdf = await printToPdf(page);
  expect(pdf.text.replace(/\s+/g, '')).toContain(address);
});

test('section II of 35-CTr/TU prints whole on one A4 page', async ({ page }) => {
  await page.goto('/in/lai-chau-35-ctr-tu/#ii');
  const pdf = await printToPdf(page);
  expect(pdf.text).toContain('II- MỤC TIÊU');
  // The section's last words, which used to spill onto a second sheet.
  expect(pdf.text).toContain('Ứng dụng công nghệ sinh học trong sản xuất 10% sản phẩm hàng hóa của tỉnh.');
  expect(pdf.pages).toHaveLength(1);
});

test('every heading offers "In mục này", and the section view works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/van-ban/lai-chau-35-ctr-tu/');
  const headings = await page.locator('[data-plan-text] :is(h2, h3, h4, h5)[id]').count();
  await expect(page.locator('[data-print-section]')).toHaveCount(headings);
  await page.locator('[data-print-section="iv"]').click();
  await expect(page).toHaveURL(/\/in\/lai-chau-35-ctr-tu\/#iv$/);
  // The view holds the whole plan; CSS shows the section alone, headed by its plan and path.
  const shown = page.locator('[data-print-content]');
  await expect(shown).toContainText('Ban Tuyên giáo Tỉnh ủy chủ trì', { useInnerText: true });
  await expect(shown).toContainText('IV. TỔ CHỨC THỰC HIỆN', { useInnerText: true });
  await expect(shown).not.toContainText('III- NHIỆM VỤ', { useInnerText: true });
  await expect(shown).not.toContainText('Lê Văn Lương', { useInnerText: true });
  await expect(page.locator('#iv > .print-head')).toBeVisible();
  await expect(page.locator('[data-print-toolbar]')).toBeInViewport();
  await context.close();
});

test('a whole plan prints with its metadata as the heading and no web chrome', async ({ page }) => {
  await page.goto('/van-ban/lai-chau-35-ctr-tu/');
  await expect(page.getByRole('button', { name: 'In toàn văn' })).toBeVisible();
  const pdf = await printToPdf(page);
  const first = fold(pdf.pages[0]);
  expect(first).toContain('Chương trình hành động 35-CTr/TU');
  expect(first).toMatch(/Số hiệu\s*35-CTr\/TU/);
  expect(first).toContain('Ngày ban hành');
  expect(pdf.text).toContain('Lê Văn Lương');
  for (const chrome of ['Danh sách văn bản', 'Mục lục', 'In mục này', 'Ghi chú biên tập', 'Văn bản thực hiện văn bản này', 'Lĩnh vực:']) {
    expect(pdf.text, chrome).not.toContain(chrome);
  }
  expect(fold(pdf.pages.at(-1)!)).toContain(`Trang ${pdf.pages.length}/${pdf.pages.length}`);
});

test('a packet of three sections from two plans prints with its cover, in the chosen order', async ({ page }) => {
  await page.goto('/van-ban/lai-chau-35-ctr-tu/');
  await page.locator('[data-packet-add="ii-2-1"]').click();
  await expect(page.locator('[data-packet-add="ii-2-1"]')).toHaveAttribute('aria-pressed', 'true');
  await page.locator('[data-packet-add="iv"]').click();
  await page.goto('/van-ban/lang-son-ubnd-thuc-hien-88-ctr-tu/');
  await page.locator('[data-packet-add="iv-3"]').click();
  await expect(page.locator('[data-packet-link]')).toHaveText('Tập tài liệu (3)');
  await page.goto('/in/tap-tai-lieu/');
  await expect(page.locator('[data-packet]')).toHaveAttribute('data-ready', '3');
  // Move the Lạng Sơn section to the front.
  await page.getByRole('button', { name: 'Lên: 3. Sở Y tế' }).click();
  await page.getByRole('button', { name: 'Lên: 3. Sở Y tế' }).click();
  await expect(page.locator('[data-packet-list] li')).toHaveText([/3\. Sở Y tế/, /2\.1\. Đến năm 2030/, /IV\. TỔ CHỨC THỰC HIỆN/]);
  await expect(page.locator('[data-packet-sheets] > [data-packet-sheet]')).toHaveCount(3);
  const pdf = await printToPdf(page);
  const cover = fold(pdf.pages[0]);
  expect(cover).toContain('Tập tài liệu học tập, quán triệt');
  expect(cover).toContain('Mục lục');
  expect(cover).toMatch(/Ngày in: \d{2}\/\d{2}\/\d{4}/);
  const order = ['Chủ trì, phối hợp với các đơn vị liên quan đề xuất đặt hàng', 'Ứng dụng công nghệ sinh học bảo tồn từ 2 - 5 giống', 'Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp'];
  const body = pdf.pages.slice(1).map(fold).join(' ');
  const positions = order.map((text) => body.indexOf(text));
  expect(positions.every((position) => position >= 0), JSON.stringify(positions)).toBe(true);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  expect(body).toContain('Kế hoạch của Ủy ban nhân dân tỉnh Lạng Sơn');
  expect(body).toContain('Chương trình hành động 35-CTr/TU');
  await page.getByRole('button', { name: 'Xóa hết' }).click();
  await expect(page.getByText('Tập tài liệu đang trống.')).toBeVisible();
});

test('a packet of two short sections flows onto one sheet after a cover that bears the title typed', async ({ page }) => {
  const title = 'Tài liệu học tập Nghị quyết 36 – Chi bộ thôn Nà Tăm';
  await page.goto('/van-ban/lai-chau-35-ctr-tu/');
  await page.locator('[data-packet-add="ii-2-1"]').click();
  await page.goto('/van-ban/lang-son-ubnd-thuc-hien-88-ctr-tu/');
  await page.locator('[data-packet-add="iv-3"]').click();
  await page.goto('/in/tap-tai-lieu/');
  await expect(page.locator('[data-packet]')).toHaveAttribute('data-ready', '2');
  await page.getByLabel('Tên tập tài liệu (in trên bìa)').fill(title);
  // The title is kept with the packet: it is still there when the page is opened again.
  await page.reload();
  await expect(page.locator('[data-packet]')).toHaveAttribute('data-ready', '2');
  await expect(page.getByLabel('Tên tập tài liệu (in trên bìa)')).toHaveValue(title);
  // Each section comes with the address and QR code its print view was built with.
  const sheets = page.locator('[data-packet-sheets] > [data-packet-sheet]');
  for (const [index, [plan, section]] of [['lai-chau-35-ctr-tu', 'ii-2-1'], ['lang-son-ubnd-thuc-hien-88-ctr-tu', 'iv-3']].entries()) {
    const address = (await sheets.nth(index).locator('[data-print-address]').textContent())!;
    expect(address).toMatch(printedAddress(plan, section));
    await expect(sheets.nth(index).locator('[data-qr-address]')).toHaveAttribute('data-qr-address', address);
    await expect(sheets.nth(index).locator('[data-qr-address] svg')).toHaveCount(1);
  }
  const pdf = await printToPdf(page);
  const sections = 2;
  expect(pdf.pages.length).toBeLessThan(sections + 1);
  const cover = fold(pdf.pages[0]);
  expect(cover).toContain(title);
  expect(cover).toContain('Mục lục');
  // Both sections follow the cover on the same sheet.
  const body = fold(pdf.pages[1]);
  expect(body).toContain('Ứng dụng công nghệ sinh học bảo tồn từ 2 - 5 giống');
  expect(body).toContain('Chủ trì, phối hợp với các đơn vị liên quan đề xuất đặt hàng');
  // The title heads every printed page too.
  for (const pageText of pdf.pages) expect(fold(pageText)).toContain(title);
});

for (const [name, path, expected] of [
  ['field page', '/linh-vuc/health/', 'Y tế, y dược'],
  ['agency page', '/co-quan/so-y-te-lang-son/', 'Sở Y tế tỉnh Lạng Sơn'],
  ['targets table', '/chi-tieu/', 'ít nhất 6 sản phẩm OCOP'],
  ['deadlines timeline', '/thoi-han/', 'xong trong tháng 02/2024'],
] as const) {
  test(`the ${name} prints as a clean handout`, async ({ page }) => {
    await page.goto(path);
    const pdf = await printToPdf(page);
    expect(pdf.text).toContain(expected);
    expect(pdf.text).not.toContain('Danh sách văn bản');
    expect(pdf.text).not.toContain('Xem trong văn bản');
    expect(fold(pdf.pages[0])).toContain(`Trang 1/${pdf.pages.length}`);
  });
}
