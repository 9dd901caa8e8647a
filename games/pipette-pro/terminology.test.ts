// Pipette Pro's glossary from the content review (README.md, "Texts and terms"): in each language, every text of the
// game (locales/<lang>/pipette-pro.json and its teacher guide in classroom.json) uses one term per concept, the chosen
// one, and none of the variants the review found or a writer would likely slip into.

import { describe, expect, it } from 'vitest';
import { describeGameTerminology, rejectedUses, type GameGlossary } from '../../tests/support/gameTerminology';

const GLOSSARY: GameGlossary = {
  fr: [
    { concept: 'micropipette', chosen: 'pipette*', rejected: ['pipetman'] },
    { concept: 'tip', chosen: 'cône*', rejected: ['embout*', 'pointe*'] },
    { concept: 'plunger', chosen: 'piston', rejected: ['poussoir', 'bouton-poussoir'] },
    { concept: 'first and second stop', chosen: 'cran*', rejected: ['butée*'] },
    { concept: 'pre-wetting', chosen: 'pré-rin*', rejected: ['pré-humidif*', 'prémouill*', 'pré-mouill*'] },
    { concept: 'drawing liquid up', chosen: 'aspir*', rejected: ['prélève*', 'prélèvement*', 'pomper'] },
    { concept: 'dilution series', chosen: 'série*', rejected: ['gamme de dilution*', 'gammes de dilution*'] },
    { concept: 'tube', chosen: 'tube*', rejected: ['éprouvette*'] },
    { concept: 'stock solution', chosen: 'solution mère', rejected: ['solution stock', 'solution de départ', 'solution-mère'] },
    { concept: 'buffer', chosen: 'tampon', rejected: ['diluant'] },
    { concept: 'accuracy', chosen: 'justesse', rejected: ['exactitude'] },
    { concept: 'precision', chosen: 'fidélité', rejected: ['précision', 'répétabilité'] },
    { concept: 'quality control', chosen: 'contrôle qualité', rejected: ['contrôle de qualité', 'CQ', 'QC'] },
    { concept: 'batch', chosen: 'lot*', rejected: ['batch*'] },
    { concept: 'hint (easy level)', chosen: 'conseil*', rejected: ['astuce*'] },
  ],
  nl: [
    { concept: 'micropipette', chosen: 'pipet*', rejected: [{ regex: '\\b[Pp]ipette\\b(?! Pro|-pro)' }] },
    { concept: 'tip', chosen: 'tip', rejected: ['pipetpunt*', 'puntje*'] },
    { concept: 'hint (easy level; "tip" is the pipette tip)', chosen: 'hint*', rejected: [{ regex: '\\bTip:' }, 'een tip voor elke keuze', 'de tip voor elke keuze', 'zonder tips'] },
    { concept: 'plunger', chosen: 'zuiger', rejected: ['drukknop*'] },
    { concept: 'first and second stop', chosen: 'stand*', rejected: ['eerste stop', 'tweede stop', 'drukpunt*'] },
    { concept: 'pre-wetting', chosen: 'voorspoel*', rejected: ['voorbevochtig*'] },
    { concept: 'drawing liquid up', chosen: 'opzuig*', rejected: ['aanzuig*'] },
    { concept: 'dilution series', chosen: 'reeks*', rejected: ['serie', 'verdunningsrij*'] },
    { concept: 'tube', chosen: 'buisje*', rejected: ['tube*', 'proefbuis*', 'reageerbuis*', 'epje*'] },
    { concept: 'stock solution', chosen: 'stockoplossing', rejected: ['moederoplossing', 'stamoplossing'] },
    { concept: 'sample', chosen: 'staal', rejected: ['monster*'] },
    { concept: 'accuracy', chosen: 'juistheid', rejected: ['nauwkeurigheid'] },
    { concept: 'precision', chosen: 'precisie', rejected: ['herhaalbaarheid'] },
    { concept: 'concentration', chosen: 'concentratie*', rejected: ['sterkte'] },
    { concept: 'quality control', chosen: 'kwaliteitscontrole*', rejected: ['QC'] },
    { concept: 'batch', chosen: 'batch', rejected: ['lot'] },
  ],
  de: [
    { concept: 'tip', chosen: 'Spitze*', rejected: [{ regex: '\\bTips?\\b' }, 'Konus'] },
    { concept: 'hint (easy level)', chosen: 'Tipp*', rejected: ['Hinweis*'] },
    { concept: 'plunger', chosen: 'Kolben*', rejected: ['Druckknopf*', 'Steuerknopf*', 'Bedienknopf*'] },
    {
      concept: 'first and second stop ("Stufe" is the game level)',
      chosen: 'Druckpunkt*',
      rejected: [{ regex: '\\b(?:[Ee]rsten?|[Zz]weiten?|zwei) Stufen?\\b' }, 'Anschlag*'],
    },
    { concept: 'pre-wetting', chosen: 'Vorbenetz*', rejected: ['vorspül*'] },
    { concept: 'drawing liquid up', chosen: 'ansaug*', rejected: ['aufzieh*', 'aufsaug*'] },
    { concept: 'dilution series (never the row of tubes)', chosen: 'Reihe', rejected: ['Serie*', { regex: 'Reihe der Röhrchen|Röhrchenreihe' }] },
    { concept: 'tube', chosen: 'Röhrchen*', rejected: ['Reagenzglas*', 'Reagenzgläser*', 'Tube*'] },
    { concept: 'stock solution', chosen: 'Stammlösung', rejected: ['Stocklösung', 'Ausgangslösung', 'Vorratslösung'] },
    { concept: 'buffer', chosen: 'Puffer', rejected: ['Verdünnungsmittel'] },
    { concept: 'accuracy', chosen: 'Richtigkeit', rejected: ['Genauigkeit'] },
    { concept: 'precision', chosen: 'Präzision', rejected: ['Wiederholbarkeit'] },
    { concept: 'concentration', chosen: 'Konzentration*', rejected: ['Stärke'] },
    { concept: 'quality control', chosen: 'Qualitätskontroll*', rejected: ['QC'] },
    { concept: 'batch', chosen: 'Charge*', rejected: ['Batch*'] },
  ],
  en: [
    { concept: 'tip', chosen: 'tip*', rejected: ['pipette tip*'] },
    { concept: 'hint (easy level; "tip" is the pipette tip)', chosen: 'hint*', rejected: [{ regex: '\\bTip:' }, 'with a tip before', 'the tip before each choice', 'no tips', 'without tips'] },
    { concept: 'plunger', chosen: 'plunger', rejected: [{ regex: '\\b[Pp]iston\\b(?!-operated| pipettes)' }, 'push-button', 'button'] },
    { concept: 'first and second stop', chosen: 'stop*', rejected: ['first click', 'second click', 'detent*'] },
    { concept: 'pre-wetting', chosen: 'pre-wet*', rejected: ['pre-rins*', 'prewet*'] },
    { concept: 'drawing liquid up', chosen: 'draw*', rejected: ['aspirat*', 'suck*'] },
    { concept: 'tube', chosen: 'tube*', rejected: ['test tube*', 'vial*'] },
    { concept: 'stock solution', chosen: 'stock solution', rejected: [{ regex: '\\b[Ss]tock\\b(?! solution)' }] },
    { concept: 'buffer', chosen: 'buffer', rejected: ['diluent'] },
    { concept: 'accuracy', chosen: 'accuracy', rejected: ['trueness'] },
    { concept: 'precision', chosen: 'precision', rejected: ['repeatability'] },
    { concept: 'concentration', chosen: 'concentration*', rejected: ['strength'] },
    { concept: 'quality control (spelt out, as in the other languages)', chosen: 'quality control', rejected: ['QC', 'quality-control'] },
    { concept: 'pipetting technique', chosen: 'technique', rejected: ['gesture*'] },
    { concept: 'batch', chosen: 'batch*', rejected: ['lot'] },
  ],
};

describeGameTerminology('pipette-pro', GLOSSARY);

describe('pipette-pro glossary check', () => {
  it('finds a rejected variant in a locale text and in a guide text', () => {
    const slipped = [
      ['pipette-pro:hint.tip', 'Conseil : mets un embout neuf.'],
      ['classroom:guides.pipette-pro.during.0', 'Lees de tip voor elke keuze. Tip: meng goed.'],
    ] as const;
    expect(rejectedUses(slipped, GLOSSARY.fr)).toEqual(['pipette-pro:hint.tip writes "embout" for tip: use "cône*"']);
    expect(rejectedUses(slipped, GLOSSARY.nl)).toHaveLength(2);
  });
});
