// Invented directory data for the referral import tests (services and e2e). No real services.

/** Ten data rows, two of them bad (no name on line 5; a phone without a number on line 9). */
export const TEN_ROW_CSV = [
  'Name,Kind of service,Phone,Website,Tags,Favourite colour',
  'Zoë Ørsted Counselling,Couples therapy,+45 20 12 34 56,zoe.example.dk,couples; danish,blue',
  '"Clínica Peña, Madrid",Psychiatry,+34 600 000 001,https://example.es,"spanish",red',
  'محمد الأحمد,Family therapy,+971 4 000 0000,,arabic,green',
  ',Grief support,0800 000 000,,grief,',
  'דנה לוי,Trauma (EMDR),+972 3 000 0000,,hebrew,',
  '王小明,Career counselling,+86 10 0000 0000,,mandarin,',
  'Ελπίδα Παπαδοπούλου,Eating disorders,+30 210 000 0000,,greek,',
  'Анастасия Group,Support group,ask at reception,,russian,',
  'Harbour Peer Support,Peer support,01632 960 000,harbour.example.org,peer,',
  'Quiet Minds Clinic,Psychology,020 7946 0000,,,',
].join('\r\n');
