// Start-up Launchpad's glossary from the content review (README.md, "Texts and terms"): in each language, every text
// of the game (locales/<lang>/startup-launchpad.json and its teacher guide in classroom.json) uses one term per
// concept, the chosen one, and none of the variants the review found or a writer would likely slip into. "Dilution"
// here is the founders' shrinking share, never a liquid's (that is Pipette Pro's).

import { describe, expect, it } from 'vitest';
import { describeGameTerminology, rejectedUses, type GameGlossary } from '../../tests/support/gameTerminology';

/** "Start-up" only in the game's title: the player's company is a spin-off. */
const START_UP = { regex: '\\b[Ss]tart-ups?\\b(?! Launchpad)' };

const GLOSSARY: GameGlossary = {
  fr: [
    { concept: "the player's company", chosen: 'spin-off', rejected: [START_UP] },
    { concept: 'company', chosen: 'entreprise*', rejected: ['société*'] },
    { concept: 'money (runway)', chosen: 'argent', rejected: ['trésorerie', 'liquidités', 'cash'] },
    { concept: 'funding round', chosen: 'levée*', rejected: ['tour de table', 'tour de financement'] },
    { concept: 'dilution (of shares)', chosen: 'dilution', rejected: [] },
    { concept: 'clinical phase (Roman numerals)', chosen: 'phase*', rejected: [{ regex: '\\b[Pp]hase [123]\\b' }] },
    { concept: 'clinical trial', chosen: 'essai*', rejected: ['étude clinique', 'études cliniques'] },
    { concept: 'filing', chosen: "demande d'autorisation", rejected: ["dossier d'autorisation"] },
    { concept: 'approval', chosen: 'autoris*', rejected: ['approbation', 'approuvé*', 'homologu*'] },
    { concept: 'CDMO', chosen: 'fabricant sous contrat', rejected: ['sous-traitant*', 'façonnier*'] },
    { concept: 'partnering', chosen: 'partenari*', rejected: ['accord de licence'] },
    { concept: 'investors', chosen: 'investisseur*', rejected: ['financeur*', 'bailleur*'] },
    { concept: 'regulatory affairs', chosen: 'affaires réglementaires', rejected: ['réglementation'] },
    { concept: 'backup molecule', chosen: 'molécule de secours', rejected: ['molécule de réserve'] },
    { concept: 'career explorer', chosen: 'explorateur des métiers', rejected: ['explorateur de métiers'] },
  ],
  nl: [
    { concept: "the player's company", chosen: 'spin-off', rejected: [START_UP] },
    { concept: 'company', chosen: 'bedrijf*', rejected: ['onderneming*', 'firma'] },
    { concept: 'money (runway)', chosen: 'geld', rejected: ['geldreserve*', 'kaspositie', 'cash'] },
    { concept: 'funding round', chosen: { regex: 'ronde' }, rejected: ['geld inzamelen'] },
    { concept: 'dilution (of shares, not of a liquid)', chosen: 'verwatering', rejected: ['verdunning*'] },
    { concept: 'clinical phase (Roman numerals)', chosen: 'fase*', rejected: ['phase', { regex: '\\b[Ff]ase [123]\\b' }] },
    { concept: 'clinical trial', chosen: 'studie*', rejected: ['klinische proef', 'klinische proeven', 'trial*'] },
    { concept: 'filing', chosen: 'aanvraag tot goedkeuring', rejected: ['vergunning*', 'vergunningsdossier*'] },
    { concept: 'approval', chosen: { regex: 'goedkeuring|goedgekeurd' }, rejected: ['toelating', 'vergund'] },
    { concept: 'CDMO', chosen: 'contractfabrikant', rejected: ['loonfabrikant*', 'onderaannemer*'] },
    { concept: 'investors', chosen: 'investeerder*', rejected: ['belegger*', 'geldschieter*'] },
    { concept: 'regulatory affairs', chosen: 'regelgeving', rejected: ['reglementaire zaken'] },
    { concept: 'backup molecule', chosen: 'reservemolecule', rejected: ['backupmolecule', 'back-upmolecule'] },
    { concept: 'career explorer', chosen: 'beroepenverkenner', rejected: [] },
  ],
  de: [
    { concept: "the player's company", chosen: 'Spin-off*', rejected: [START_UP, 'Ausgründung'] },
    { concept: 'company', chosen: 'Firm*', rejected: ['Unternehmen*'] },
    { concept: 'money (runway)', chosen: 'Geld', rejected: ['Geldpolster', 'Kapitalpolster', 'Barmittel'] },
    { concept: 'raising money', chosen: { regex: 'einsammel|einzusammeln|Sammle Geld ein' }, rejected: [{ regex: '\\b(?:[Ss]amml?e|sammeln|sammelt) Geld\\b(?! ein)|\\bGeld (?:zu )?sammel' }] },
    { concept: 'share of the company', chosen: 'Anteil*', rejected: ['kleinerer Teil', 'ein Teil der Firma'] },
    { concept: 'dilution (of shares, not of a liquid)', chosen: 'Verwässerung', rejected: ['Verdünnung*'] },
    { concept: 'clinical phase (Roman numerals)', chosen: 'Phase*', rejected: [{ regex: '\\bPhase [123]\\b' }] },
    { concept: 'clinical trial', chosen: 'Studie*', rejected: ['klinische Prüfung*', 'Trial*'] },
    { concept: 'filing (one long word is cut on the canvas)', chosen: 'Antrag auf Zulassung', rejected: ['Zulassungsantrag', 'Zulassungsdossier'] },
    { concept: 'approval', chosen: { regex: 'Zulassung\\b|zugelassen' }, rejected: ['Genehmigung*'] },
    { concept: 'regulatory affairs (not "Zulassung", the approval)', chosen: 'Zulassungsfragen', rejected: ['für die Zulassung', { regex: 'Qualität, Zulassung\\b' }] },
    { concept: 'CDMO', chosen: 'Auftragshersteller*', rejected: ['Lohnhersteller*'] },
    { concept: 'investors', chosen: 'Investor*', rejected: ['Geldgeber*', 'Anleger*'] },
    { concept: 'backup molecule', chosen: 'Ersatzmolekül', rejected: ['Reservemolekül', 'Backup-Molekül'] },
    { concept: 'medicine', chosen: 'Medikament*', rejected: ['Arzneimittel*'] },
    { concept: 'career explorer', chosen: 'Berufe-Entdecker', rejected: ['Berufe-Explorer'] },
  ],
  en: [
    { concept: "the player's company", chosen: 'spin-off*', rejected: [START_UP] },
    { concept: 'money (runway)', chosen: 'money', rejected: ['runway', 'cash'] },
    { concept: 'euros', chosen: { regex: '€' }, rejected: [{ regex: 'million €|millions? (?:of )?euros' }] },
    { concept: 'share of the company', chosen: 'share', rejected: ['own part of', 'get part of', 'equity', 'stake'] },
    { concept: 'dilution (of shares)', chosen: 'dilution', rejected: [] },
    { concept: 'clinical phase (Roman numerals)', chosen: 'Phase*', rejected: [{ regex: '\\bPhase [123]\\b' }] },
    { concept: 'clinical trial', chosen: 'trial*', rejected: ['clinical stud*'] },
    { concept: 'filing', chosen: 'approval request', rejected: ['approval file', 'filing', 'dossier*'] },
    { concept: 'approval', chosen: 'approv*', rejected: ['authoris*', 'authoriz*'] },
    { concept: 'CDMO', chosen: 'contract manufacturer', rejected: ['CMO', 'subcontractor*'] },
    { concept: 'investors', chosen: 'investor*', rejected: ['backer*', 'shareholder*'] },
    { concept: 'odds', chosen: 'odds', rejected: ['chance*'] },
    { concept: 'project', chosen: 'project*', rejected: ['programme*', 'program'] },
    { concept: 'backup molecule', chosen: 'backup molecule', rejected: ['back-up molecule', 'spare molecule'] },
    { concept: 'career explorer', chosen: 'career explorer', rejected: ['careers explorer'] },
  ],
};

describeGameTerminology('startup-launchpad', GLOSSARY);

describe('startup-launchpad glossary check', () => {
  it('finds a rejected variant in a locale text and in a guide text', () => {
    const slipped = [
      ['startup-launchpad:phases.filing', 'Zulassung'],
      ['classroom:guides.startup-launchpad.goals.2', 'Die Verdünnung verstehen: Sammle Geld, wenn du es brauchst.'],
    ] as const;
    expect(rejectedUses(slipped, GLOSSARY.de)).toEqual([
      'classroom:guides.startup-launchpad.goals.2 writes "Sammle Geld" for raising money: use "einsammel|einzusammeln|Sammle Geld ein"',
      'classroom:guides.startup-launchpad.goals.2 writes "Verdünnung" for dilution (of shares, not of a liquid): use "Verwässerung"',
    ]);
  });
});
