/**
 * Demo people and businesses (DEVELOPMENT / DEMO ONLY). They exist both as identities at the e-ID stand-in and as
 * accounts of the national portal. Personal IDs follow domain-vn.md §4.4 (province, century/gender digit, birth
 * year); tax codes carry a correct check digit (§4.5). None belongs to a real person.
 */
export interface DemoPerson {
  kind: 'citizen' | 'organisation';
  /** Personal ID (citizen) or tax code (organisation). */
  loginId: string;
  name: string;
  birthDate: string | null;
  gender: 'male' | 'female' | null;
  representativePersonalId: string | null;
  /** The contact registered with the e-ID (demo: fake numbers and addresses; messages land in /dev-mail). */
  phone: string | null;
  email: string | null;
}

export const demoPeople: readonly DemoPerson[] = [
  // 038 Thanh Hóa, digit 0 = male born in the 1900s, 87 = 1987
  { kind: 'citizen', loginId: '038087012345', name: 'Lê Văn Thành', birthDate: '1987-04-12', gender: 'male', representativePersonalId: null, phone: '0900000001', email: 'le.van.thanh@nguoidan.example.vn' },
  // 022 Quảng Ninh, digit 1 = female born in the 1900s, 92 = 1992
  { kind: 'citizen', loginId: '022192004321', name: 'Phạm Thị Hạ Long', birthDate: '1992-09-02', gender: 'female', representativePersonalId: null, phone: '0900000002', email: 'pham.thi.ha.long@nguoidan.example.vn' },
  // 001 Hà Nội, digit 2 = male born in the 2000s, 03 = 2003
  { kind: 'citizen', loginId: '001203006789', name: 'Nguyễn Minh Đức', birthDate: '2003-01-27', gender: 'male', representativePersonalId: null, phone: '0900000003', email: 'nguyen.minh.duc@nguoidan.example.vn' },
  // 038 Thanh Hóa, digit 1 = female born in the 1900s, 95 = 1995
  { kind: 'citizen', loginId: '038195006789', name: 'Đỗ Thị Hạnh', birthDate: '1995-06-18', gender: 'female', representativePersonalId: null, phone: '0900000007', email: 'do.thi.hanh@nguoidan.example.vn' },
  // 079 Hồ Chí Minh, digit 3 = female born in the 2000s, 01 = 2001; no contact registered with the e-ID: a counter
  // consent for her cannot be confirmed with a code (409 counter-consent-no-contact)
  { kind: 'citizen', loginId: '079301001122', name: 'Trần Ngọc Ánh', birthDate: '2001-11-15', gender: 'female', representativePersonalId: null, phone: null, email: null },
  // 28… a business registered in Thanh Hóa; check digit 2 = (10 − Σwᵢdᵢ mod 11) mod 11
  { kind: 'organisation', loginId: '2800123452', name: 'Công ty TNHH Thương mại Sầm Sơn', birthDate: null, gender: null, representativePersonalId: '038087012345', phone: null, email: 'lienhe@samson.example.vn' },
  // 57… a business registered in Quảng Ninh
  { kind: 'organisation', loginId: '5700456781', name: 'Công ty Cổ phần Du lịch Vịnh Xanh', birthDate: null, gender: null, representativePersonalId: '022192004321', phone: '0900000006', email: null },
];

/** Password of every demo identity at the e-ID stand-in (env DEMO_PASSWORD, default motcua-demo). Demo only. */
export function demoPassword(env: Record<string, string | undefined> = process.env): string {
  return env.DEMO_PASSWORD || 'motcua-demo';
}
