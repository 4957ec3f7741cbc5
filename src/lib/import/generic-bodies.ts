/**
 * Bodies every province has, named as the plans name them without the place: the departments
 * of the People's Committee, the Party committee's boards, the Front and mass organisations, the
 * security forces and the press; and the Party bodies of a commune. With the names the library's own bodies teach, these let the
 * importer recognise the first plan of a new province.
 */
export const GENERIC_BODIES: readonly { name: string; kind: string; level: 'province' | 'commune' }[] = [
  ...[
    'Sở Nội vụ', 'Sở Tư pháp', 'Sở Kế hoạch và Đầu tư', 'Sở Tài chính', 'Sở Công Thương', 'Sở Nông nghiệp và Phát triển nông thôn',
    'Sở Nông nghiệp và Môi trường', 'Sở Giao thông vận tải', 'Sở Xây dựng', 'Sở Tài nguyên và Môi trường', 'Sở Thông tin và Truyền thông',
    'Sở Lao động - Thương binh và Xã hội', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Khoa học và Công nghệ', 'Sở Giáo dục và Đào tạo',
    'Sở Y tế', 'Sở Ngoại vụ', 'Sở Dân tộc và Tôn giáo',
  ].map((name) => ({ name, kind: name, level: 'province' as const })),
  { name: 'Công an tỉnh', kind: 'Công an', level: 'province' },
  { name: 'Bộ Chỉ huy Quân sự tỉnh', kind: 'Bộ Chỉ huy Quân sự', level: 'province' },
  { name: 'Đài Phát thanh và Truyền hình tỉnh', kind: 'Đài Phát thanh và Truyền hình', level: 'province' },
  { name: 'Liên minh Hợp tác xã tỉnh', kind: 'Liên minh Hợp tác xã', level: 'province' },
  { name: 'Hiệp hội Doanh nghiệp tỉnh', kind: 'Hiệp hội Doanh nghiệp', level: 'province' },
  { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', kind: 'Ủy ban Mặt trận Tổ quốc', level: 'province' },
  { name: 'Ủy ban MTTQ tỉnh', kind: 'Ủy ban Mặt trận Tổ quốc', level: 'province' },
  { name: 'Thường trực HĐND tỉnh', kind: 'Thường trực Hội đồng nhân dân', level: 'province' },
  { name: 'Hội đồng nhân dân tỉnh', kind: 'Hội đồng nhân dân', level: 'province' },
  { name: 'Ủy ban nhân dân tỉnh', kind: 'Ủy ban nhân dân', level: 'province' },
  { name: 'UBND tỉnh', kind: 'Ủy ban nhân dân', level: 'province' },
  { name: 'Văn phòng Tỉnh ủy', kind: 'Văn phòng cấp ủy', level: 'province' },
  { name: 'Ban Tuyên giáo Tỉnh ủy', kind: 'Ban Tuyên giáo', level: 'province' },
  { name: 'Ban Tổ chức Tỉnh ủy', kind: 'Ban Tổ chức', level: 'province' },
  { name: 'Ban Dân vận Tỉnh ủy', kind: 'Ban Dân vận', level: 'province' },
  { name: 'Ban Thường vụ Tỉnh ủy', kind: 'Ban Thường vụ Tỉnh ủy', level: 'province' },
  { name: 'Đảng đoàn Ủy ban MTTQ', kind: 'Đảng đoàn Ủy ban MTTQ', level: 'province' },
  { name: 'Đảng đoàn HĐND tỉnh', kind: 'Đảng đoàn HĐND', level: 'province' },
  { name: 'Ban cán sự đảng UBND tỉnh', kind: 'Ban cán sự đảng UBND', level: 'province' },
  { name: 'Ban Thường vụ Tỉnh đoàn', kind: 'Ban Thường vụ Tỉnh đoàn', level: 'province' },
  { name: 'Ban cán sự đảng, đảng đoàn', kind: 'Các ban cán sự đảng, đảng đoàn', level: 'province' },
  { name: 'các ban cán sự đảng, đảng đoàn', kind: 'Các ban cán sự đảng, đảng đoàn', level: 'province' },
  { name: 'các huyện ủy, thành ủy, đảng ủy trực thuộc', kind: 'Huyện ủy, thành ủy, đảng ủy trực thuộc', level: 'province' },
  { name: 'các tổ chức chính trị - xã hội tỉnh', kind: 'Các tổ chức chính trị - xã hội', level: 'province' },
  { name: 'các sở, ban, ngành', kind: 'Sở, ban, ngành', level: 'province' },
  { name: 'các sở, ban, ngành liên quan', kind: 'Sở, ban, ngành', level: 'province' },
  { name: 'các cơ quan, sở, ban, ngành tỉnh', kind: 'Sở, ban, ngành', level: 'province' },
  { name: 'huyện ủy, thành ủy', kind: 'Cấp ủy trực thuộc', level: 'province' },
  { name: 'mặt trận Tổ quốc và đoàn thể các cấp', kind: 'Mặt trận Tổ quốc và đoàn thể', level: 'province' },
  { name: 'các sở, ban ngành', kind: 'Sở, ban, ngành', level: 'province' },
  { name: 'các sở, ngành', kind: 'Sở, ban, ngành', level: 'province' },
  { name: 'UBND các huyện, thành phố', kind: 'Ủy ban nhân dân cấp huyện', level: 'province' },
  // The commune's own Party bodies since 2025, which plans of a commune name without the place.
  { name: 'Ban Xây dựng Đảng', kind: 'Ban Xây dựng Đảng', level: 'commune' },
  { name: 'Văn phòng Đảng ủy', kind: 'Văn phòng cấp ủy', level: 'commune' },
];
