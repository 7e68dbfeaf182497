/**
 * Word families of what a health claim is about, one per part of the
 * definition of a claim (docs/classifier.md, "What a claim is"): effects,
 * causes and risks, prognosis, frequency and statistics, contagion,
 * diagnosis, efficacy and safety — and the families of what is not a claim:
 * definitions, procedures, administration. The model learns how much each
 * family (and each pair of families) counts; these lists only say which
 * English words belong to which family, by lemma.
 */

const families = {
  effect:
    'cure treat relieve prevent reduce increase improve cause trigger worsen protect interact help lower raise boost ease heal ' +
    'damage harm kill destroy block inhibit stimulate promote affect lead result slow stop restore repair strengthen weaken thin ' +
    'irritate injure control manage alleviate lessen decrease shrink enlarge limit eliminate clear fight soothe calm relax ' +
    'support benefit aggravate exacerbate induce provoke produce make keep cut halve double triple quadruple curb slash lift ' +
    'drop rise fall decline reverse delay speed hasten shorten lengthen extend',
  cause:
    'risk factor cause due because result lead trigger contribute responsible associate link relate likely chance prone ' +
    'susceptible vulnerable predispose inherit genetic mutation hereditary develop get attributable',
  prognosis:
    'prognosis outlook survival survive recover recovery fatal deadly death die life-threatening lethal serious severe mild ' +
    'resolve heal subside disappear away last persist progress worsen chronic relapse remission curable treatable incurable ' +
    'permanent temporary complication disability outcome mortality',
  frequency:
    'usually often typically generally commonly rarely seldom frequently sometimes always never most majority many few some ' +
    'percent rate prevalence incidence common rare uncommon estimate number case million thousand hundred half third quarter ' +
    'every annually each year occur',
  contagion: 'spread transmit transmission contagious infectious catch contract pass acquire infect exposure expose carry carrier outbreak',
  diagnosis: 'sign indicate suggest diagnose diagnosis detect reveal show test marker confirm screen identify indicator predictor',
  efficacy:
    'effective efficacy safe safety well-tolerated tolerate beneficial benefit harmful dangerous toxic useful helpful successful ' +
    'proven approve best standard first-line work option side adverse effect',
  definition: 'call define refer mean name known type form kind term',
  procedure:
    'procedure insert place put remove perform do scan x-ray tube needle anesthetic anaesthetic inject sample lie slide camera ' +
    'device machine instrument incision',
  administration:
    'nih cdc website information visit contact resource trial study research researcher fund support conduct organization ' +
    'organisation institute center centre program programme campaign award grant',
  reader: 'you your yourself',
  health:
    'disease disorder syndrome condition infection cancer tumor tumour pain symptom illness patient health medical medicine drug ' +
    'medication treatment therapy surgery virus bacteria blood heart brain kidney liver lung skin bone muscle nerve cell gene ' +
    'immune body injury fever diabetes stroke obesity pregnancy child infant baby doctor'
} as const

export type Family = keyof typeof families

/** Lemma → the families it belongs to. */
export const familiesOf: ReadonlyMap<string, readonly Family[]> = (() => {
  const map = new Map<string, Family[]>()
  for (const [family, words] of Object.entries(families) as Array<[Family, string]>) {
    for (const word of words.split(' ')) {
      const list = map.get(word)
      if (list) list.push(family)
      else map.set(word, [family])
    }
  }
  return map
})()

/** Medical word endings (-itis, -osis, -oma …): a noun with one names a condition. */
export const medicalEnding = /(?:itis|osis|oma|emia|aemia|pathy|algia|ectomy|plasia|trophy|uria|cytosis|penia)$/
