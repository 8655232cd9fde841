/**
 * How news abbreviates a state or province after a town ("Athens, Ga.", "Winnipeg, Man.",
 * "Newcastle, NSW"): the Associated Press's forms for American states (Alaska, Hawaii, Idaho,
 * Iowa, Maine, Ohio, Texas and Utah are never abbreviated), the common ones for Canadian
 * provinces and Australian states. Left out: short capitals that other names share ("WA",
 * "SA", "ACT", "NT": "In Auckland, ACT leader…" names a party), and two-letter postal codes.
 */
export const STATE_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  'United States': [
    'Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.', 'Ky.', 'La.', 'Md.',
    'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.', 'N.D.',
    'Okla.', 'Ore.', 'Pa.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Vt.', 'Va.', 'Wash.', 'W.Va.', 'Wis.', 'Wyo.',
  ],
  Canada: ['Alta.', 'B.C.', 'Man.', 'N.B.', 'N.L.', 'Nfld.', 'N.S.', 'Ont.', 'P.E.I.', 'Que.', 'Sask.'],
  Australia: ['NSW', 'Qld', 'Vic.', 'Tas.'],
};
