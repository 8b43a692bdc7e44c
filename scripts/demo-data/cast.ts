// The people of the demo: riders, drivers and restaurant owners in Lagos, New York and Dhaka, each
// with the KYC state the story needs. Document and account numbers come from the seed (documents.ts).

export type Country = 'NG' | 'US' | 'BD';
export type DocumentType = 'DRIVER_LICENSE' | 'NIN' | 'NID' | 'SSN_LAST4' | 'STATE_ID';

export interface DocumentSpec {
  type: DocumentType;
  issuingAuthority: string;
  /** The name printed on the document when it differs from the legal name (a review case). */
  holderName?: string;
}

export type PayoutMethodSpec =
  { type: 'BANK'; bankName: string; bankCode: string; accountName?: string } | { type: 'MOBILE_MONEY'; provider: string; accountName?: string };

export interface Person {
  /** The email's local part and the key of every label derived for this person. */
  handle: string;
  role: 'RIDER' | 'DRIVER' | 'RESTAURANT';
  country: Country;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  address: { line1: string; city: string; state: string; postalCode: string };
  /** Restaurants: the trading name (the owner is the person). */
  business?: string;
  /** Sandbox accounts: their money never mixes with live money and reaches only the simulated provider. */
  testMode?: boolean;
  documents: DocumentSpec[];
  payoutMethod?: PayoutMethodSpec;
  /** What the demo leaves this person as, for the summary (identity decides the real state). */
  kyc: 'verified' | 'pending documents' | 'in review (name mismatch)' | 'suspended' | 'profile only';
}

const NIN: DocumentSpec = { type: 'NIN', issuingAuthority: 'NIMC' };
const NG_LICENCE: DocumentSpec = { type: 'DRIVER_LICENSE', issuingAuthority: 'FRSC' };
const US_LICENCE: DocumentSpec = { type: 'DRIVER_LICENSE', issuingAuthority: 'New York State DMV' };
const BD_LICENCE: DocumentSpec = { type: 'DRIVER_LICENSE', issuingAuthority: 'BRTA' };
const NID: DocumentSpec = { type: 'NID', issuingAuthority: 'Bangladesh Election Commission' };

const lagos = (line1: string, city: string, postalCode: string) => ({ line1, city, state: 'Lagos', postalCode });
const newYork = (line1: string, city: string, postalCode: string) => ({ line1, city, state: 'NY', postalCode });
const dhaka = (line1: string, city: string, postalCode: string) => ({ line1, city, state: 'Dhaka', postalCode });

export const CAST: readonly Person[] = [
  // Nigeria (NGN)
  {
    handle: 'chiamaka.obi',
    role: 'RIDER',
    country: 'NG',
    firstName: 'Chiamaka',
    lastName: 'Obi',
    dateOfBirth: '1994-03-18',
    address: lagos('14 Adeola Odeku Street', 'Victoria Island', '101241'),
    documents: [NIN],
    kyc: 'verified',
  },
  {
    handle: 'babatunde.bakare',
    role: 'RIDER',
    country: 'NG',
    firstName: 'Babatunde',
    lastName: 'Bakare',
    dateOfBirth: '1987-11-02',
    address: lagos('7 Allen Avenue', 'Ikeja', '100271'),
    documents: [],
    kyc: 'profile only',
  },
  {
    handle: 'aisha.bello',
    role: 'RIDER',
    country: 'NG',
    firstName: 'Aisha',
    lastName: 'Bello',
    dateOfBirth: '1991-06-25',
    address: lagos('3 Bourdillon Road', 'Ikoyi', '101233'),
    documents: [NIN],
    kyc: 'verified',
  },
  {
    handle: 'adebayo.ogunleye',
    role: 'DRIVER',
    country: 'NG',
    firstName: 'Adebayo',
    lastName: 'Ogunleye',
    dateOfBirth: '1985-09-09',
    address: lagos('41 Ogunlana Drive', 'Surulere', '101283'),
    documents: [NIN, NG_LICENCE],
    payoutMethod: { type: 'BANK', bankName: 'Guaranty Trust Bank', bankCode: '058' },
    kyc: 'verified',
  },
  {
    handle: 'musa.abdullahi',
    role: 'DRIVER',
    country: 'NG',
    firstName: 'Musa',
    lastName: 'Abdullahi',
    dateOfBirth: '1979-01-30',
    address: lagos('9 Ikorodu Road', 'Fadeyi', '100252'),
    documents: [NIN, NG_LICENCE],
    payoutMethod: { type: 'BANK', bankName: 'Access Bank', bankCode: '044' },
    kyc: 'verified',
  },
  {
    handle: 'segun.afolabi',
    role: 'DRIVER',
    country: 'NG',
    firstName: 'Segun',
    lastName: 'Afolabi',
    dateOfBirth: '1990-12-12',
    address: lagos('18 Herbert Macaulay Way', 'Yaba', '101212'),
    documents: [NIN, NG_LICENCE],
    payoutMethod: { type: 'BANK', bankName: 'First Bank of Nigeria', bankCode: '011' },
    kyc: 'suspended',
  },
  // Licence only: the NIN Nigeria requires is missing, so he is not verified yet.
  {
    handle: 'emeka.nwosu',
    role: 'DRIVER',
    country: 'NG',
    firstName: 'Emeka',
    lastName: 'Nwosu',
    dateOfBirth: '1996-04-04',
    address: lagos('5 Festac Link Road', 'Amuwo-Odofin', '102102'),
    documents: [NG_LICENCE],
    kyc: 'pending documents',
  },
  // Her NIN and bank account still carry her maiden name: a name mismatch an admin must review.
  {
    handle: 'ngozi.eze',
    role: 'DRIVER',
    country: 'NG',
    firstName: 'Ngozi',
    lastName: 'Eze',
    dateOfBirth: '1988-08-21',
    address: lagos('27 Admiralty Way', 'Lekki', '105102'),
    documents: [{ ...NIN, holderName: 'Ngozi Okonkwo' }, NG_LICENCE],
    payoutMethod: { type: 'BANK', bankName: 'United Bank for Africa', bankCode: '033', accountName: 'Ngozi Okonkwo' },
    kyc: 'in review (name mismatch)',
  },
  {
    handle: 'titilayo.balogun',
    role: 'RESTAURANT',
    country: 'NG',
    business: "Mama Titi's Kitchen",
    firstName: 'Titilayo',
    lastName: 'Balogun',
    dateOfBirth: '1975-02-14',
    address: lagos('12 Awolowo Road', 'Ikoyi', '101233'),
    documents: [NIN],
    payoutMethod: { type: 'BANK', bankName: 'Zenith Bank', bankCode: '057' },
    kyc: 'verified',
  },
  {
    handle: 'kemi.adewale',
    role: 'RIDER',
    country: 'NG',
    testMode: true,
    firstName: 'Kemi',
    lastName: 'Adewale',
    dateOfBirth: '1998-05-01',
    address: lagos('20 Opebi Road', 'Ikeja', '100281'),
    documents: [NIN],
    kyc: 'verified',
  },
  {
    handle: 'femi.oladipo',
    role: 'DRIVER',
    country: 'NG',
    testMode: true,
    firstName: 'Femi',
    lastName: 'Oladipo',
    dateOfBirth: '1993-10-10',
    address: lagos('2 Toyin Street', 'Ikeja', '100271'),
    documents: [NIN, NG_LICENCE],
    payoutMethod: { type: 'BANK', bankName: 'Kuda Microfinance Bank', bankCode: '50211' },
    kyc: 'verified',
  },
  // United States (USD)
  {
    handle: 'emily.carter',
    role: 'RIDER',
    country: 'US',
    firstName: 'Emily',
    lastName: 'Carter',
    dateOfBirth: '1993-07-07',
    address: newYork('245 W 52nd St', 'New York', '10019'),
    documents: [{ type: 'STATE_ID', issuingAuthority: 'New York State DMV' }],
    kyc: 'verified',
  },
  {
    handle: 'michael.brown',
    role: 'RIDER',
    country: 'US',
    firstName: 'Michael',
    lastName: 'Brown',
    dateOfBirth: '1982-10-15',
    address: newYork('88 Court St', 'Brooklyn', '11201'),
    documents: [],
    kyc: 'profile only',
  },
  {
    handle: 'james.walker',
    role: 'DRIVER',
    country: 'US',
    firstName: 'James',
    lastName: 'Walker',
    dateOfBirth: '1984-05-19',
    address: newYork('1420 Grand Concourse', 'Bronx', '10456'),
    documents: [US_LICENCE],
    payoutMethod: { type: 'BANK', bankName: 'JPMorgan Chase', bankCode: '021000021' },
    kyc: 'verified',
  },
  {
    handle: 'maria.gonzalez',
    role: 'DRIVER',
    country: 'US',
    firstName: 'Maria',
    lastName: 'Gonzalez',
    dateOfBirth: '1989-03-03',
    address: newYork('37-12 82nd St', 'Jackson Heights', '11372'),
    documents: [US_LICENCE],
    payoutMethod: { type: 'BANK', bankName: 'Bank of America', bankCode: '026009593' },
    kyc: 'verified',
  },
  {
    handle: 'anthony.russo',
    role: 'RESTAURANT',
    country: 'US',
    business: 'Brooklyn Slice Co.',
    firstName: 'Anthony',
    lastName: 'Russo',
    dateOfBirth: '1970-09-28',
    address: newYork('310 Smith St', 'Brooklyn', '11231'),
    documents: [{ type: 'STATE_ID', issuingAuthority: 'New York State DMV' }],
    payoutMethod: { type: 'BANK', bankName: 'Wells Fargo', bankCode: '121000248' },
    kyc: 'verified',
  },
  // Bangladesh (BDT)
  {
    handle: 'farhana.akter',
    role: 'RIDER',
    country: 'BD',
    firstName: 'Farhana',
    lastName: 'Akter',
    dateOfBirth: '1995-01-11',
    address: dhaka('House 12, Road 27', 'Dhanmondi', '1209'),
    documents: [NID],
    kyc: 'verified',
  },
  {
    handle: 'tanvir.hasan',
    role: 'RIDER',
    country: 'BD',
    firstName: 'Tanvir',
    lastName: 'Hasan',
    dateOfBirth: '1990-02-20',
    address: dhaka('45 Mirpur Road', 'Mirpur', '1216'),
    documents: [],
    kyc: 'profile only',
  },
  {
    handle: 'rahim.uddin',
    role: 'DRIVER',
    country: 'BD',
    firstName: 'Rahim',
    lastName: 'Uddin',
    dateOfBirth: '1983-06-30',
    address: dhaka('7 Kazi Nazrul Islam Avenue', 'Karwan Bazar', '1215'),
    documents: [NID, BD_LICENCE],
    payoutMethod: { type: 'MOBILE_MONEY', provider: 'bKash' },
    kyc: 'verified',
  },
  {
    handle: 'karim.hossain',
    role: 'DRIVER',
    country: 'BD',
    firstName: 'Karim',
    lastName: 'Hossain',
    dateOfBirth: '1992-09-17',
    address: dhaka('23 Gulshan Avenue', 'Gulshan', '1212'),
    documents: [NID, BD_LICENCE],
    payoutMethod: { type: 'BANK', bankName: 'Dutch-Bangla Bank', bankCode: '090' },
    kyc: 'verified',
  },
  {
    handle: 'shakil.ahmed',
    role: 'RESTAURANT',
    country: 'BD',
    business: 'Dhaka Biryani House',
    firstName: 'Shakil',
    lastName: 'Ahmed',
    dateOfBirth: '1978-12-05',
    address: dhaka('16 Old Airport Road', 'Tejgaon', '1215'),
    documents: [NID],
    payoutMethod: { type: 'BANK', bankName: 'BRAC Bank', bankCode: '060' },
    kyc: 'verified',
  },
];

export function person(handle: string): Person {
  const p = CAST.find((c) => c.handle === handle);
  if (!p) throw new Error(`demo cast has no ${handle}`);
  return p;
}
