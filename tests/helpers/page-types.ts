/**
 * One page of each type the site builds, with its content at its fullest in the bundled library:
 * the pages the accessibility and phone-width checks walk.
 */
export const PAGE_TYPES = [
  '/',
  '/danh-sach/',
  '/van-ban/lai-chau-35-ctr-tu/',
  '/van-ban/bac-giang-tinh-uy-thuc-hien-36-nq-tw/',
  '/van-ban/lang-son-ubnd-thuc-hien-88-ctr-tu/',
  '/van-ban-dan-chieu/114-kh-tu/',
  '/van-ban-dan-chieu/36-nq-tw/',
  '/linh-vuc/',
  '/linh-vuc/health/',
  '/co-quan/',
  '/co-quan/so-y-te-lang-son/',
  '/loai-co-quan/ban-tuyen-giao/',
  '/he-thong/',
  '/he-thong/bac-giang/',
  '/doi-chieu/huyen-uy-thuc-hien-114-kh-tu/',
  '/nhom-nhiem-vu/',
  '/chi-tieu/',
  '/thoi-han/',
  '/tim-kiem/?q=dau+tu',
  '/in/lai-chau-35-ctr-tu/#iii-3',
  '/in/tap-tai-lieu/',
  '/huong-dan-dong-gop/',
  '/ban-ngoai-tuyen/',
  '/khong-co-mang/',
  '/khong-co-trang-nay/',
];
