// The Phaser 4 scene of Code of Life. It only draws the model (the DNA and mRNA strands, the codon wheel, the protein
// beads) and forwards taps on the wheel to the same action as the DOM base buttons. It redraws only when what it
// shows changes. Everything it creates belongs to the scene and goes away with game.destroy(true); the one scale
// listener it adds is removed on shutdown, and so is the texture of the wheel's labels (a LabelSheet: one canvas for
// the 109 still labels, so the first frame does not wait for a hundred text objects).

import * as Phaser from 'phaser';
import { blendPositions, foldedPositions, straightPositions, type Point } from './fold';
import { fitText, TextPool } from '../sdk/canvasText';
import { FAMILY, isAminoAcidLetter, STOP, THREE_LETTER, translateCodon, type AminoAcidLetter } from './geneticCode';
import { gameProgress, type CodeOfLifeSnapshot } from './model';
import {
  BASE_COLOURS,
  BASE_TEXT,
  FAMILY_COLOURS,
  FAMILY_TEXT,
  FOCUS,
  LINE,
  STAGE,
  STOP_COLOUR,
  SURFACE,
  SURFACE_RAISED,
  TEXT,
  TEXT_MUTED,
} from './palette';
import { computeLayout, type Rect, type SceneLayout } from './sceneLayout';
import { allLetterSectors, aminoSectors, hitTest, sectorOf, RING_BOUNDS } from './wheel';
import { strokeRoundedBox } from '../kit/roundedBox';
import { LabelSheet, type SheetLabel } from '../kit/labelSheet';

/** What the scene needs from the game around it; mount.ts provides it. */
export interface CodeOfLifeSceneBridge {
  snapshot(): CodeOfLifeSnapshot;
  /** Real time passed since the last frame; the bridge advances the model in fixed steps. */
  tick(deltaMs: number): void;
  /** A tap on a sector of a letter ring, e.g. "AU". */
  tapWheel(path: string): void;
  t(key: string, options?: Record<string, unknown>): string;
  reducedMotion(): boolean;
  textScale(): number;
}

/** Codons shown at once on the strands (around the one being worked on): fewer, bigger tiles on narrow panels. */
const MIN_WINDOW_CODONS = 3;
const MAX_WINDOW_CODONS = 5;
/** Folding takes this long when motion is allowed. */
const FOLD_MS = 1600;

const complementOfRna = (base: string): string => ({ A: 'T', U: 'A', G: 'C', C: 'G' })[base] ?? base;

export class CodeOfLifeScene extends Phaser.Scene {
  private wheelLayer!: Phaser.GameObjects.Graphics;
  private drawLayer!: Phaser.GameObjects.Graphics;
  private wheelZone!: Phaser.GameObjects.Zone;
  private wheelLabels!: LabelSheet;
  private texts!: TextPool;
  private layout: SceneLayout | null = null;
  private layoutVersion = 0;
  private drawnKey = '';
  private drawnWheelKey = '';
  private foldProgress = 0;

  constructor(private readonly bridge: CodeOfLifeSceneBridge) {
    super({ key: 'code-of-life' });
  }

  create(): void {
    this.wheelLayer = this.add.graphics();
    this.drawLayer = this.add.graphics().setDepth(5);
    // The wheel's 84 letters and 25 amino-acid labels: one texture, above the highlight (5), under the texts (10).
    this.wheelLabels = new LabelSheet(this, 'code-of-life-wheel-labels', 6);
    this.texts = new TextPool(this);
    this.wheelZone = this.add.zone(0, 0, 1, 1).setOrigin(0).setInteractive({ useHandCursor: true });
    // Removed with the zone when the scene is destroyed.
    this.wheelZone.on('pointerup', (pointer: Phaser.Input.Pointer) => this.onWheelTap(pointer));
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this));
    this.applyLayout(this.scale.width, this.scale.height);
  }

  override update(_time: number, delta: number): void {
    this.bridge.tick(delta);
    const snapshot = this.bridge.snapshot();
    if (snapshot.phase === 'folded' || snapshot.phase === 'finished') {
      this.foldProgress = this.bridge.reducedMotion() ? 1 : Math.min(1, this.foldProgress + delta / FOLD_MS);
    } else {
      this.foldProgress = 0;
    }
    const textScale = this.bridge.textScale();
    const wheelKey = `${this.layoutVersion}|${textScale}`;
    if (wheelKey !== this.drawnWheelKey) {
      this.drawnWheelKey = wheelKey;
      this.drawWheelFace();
    }
    const key = [
      this.layoutVersion,
      textScale,
      snapshot.phase,
      snapshot.transcribed,
      snapshot.codonIndex,
      snapshot.wheelLetters,
      snapshot.protein,
      snapshot.questionIndex,
      snapshot.answer,
      snapshot.feedback?.kind,
      Math.round(this.foldProgress * 40),
    ].join('|');
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    this.redraw(snapshot);
  }

  private onResize(gameSize: Phaser.Structs.Size): void {
    this.applyLayout(gameSize.width, gameSize.height);
  }

  private applyLayout(width: number, height: number): void {
    this.cameras.main.setSize(width, height);
    this.layout = computeLayout(width, height);
    const wheel = this.layout.wheel;
    this.wheelZone.setPosition(wheel.x, wheel.y).setSize(wheel.width, wheel.height);
    this.wheelZone.input?.hitArea.setTo(0, 0, wheel.width, wheel.height);
    this.layoutVersion++;
  }

  private fontPx(base: number): number {
    return base * (this.layout?.unit ?? 1) * this.bridge.textScale();
  }

  private onWheelTap(pointer: Phaser.Input.Pointer): void {
    const wheel = this.layout?.wheel;
    if (!wheel) return;
    const radius = wheel.width / 2;
    const path = hitTest((pointer.x - wheel.x - radius) / radius, (pointer.y - wheel.y - radius) / radius);
    if (path) this.bridge.tapWheel(path);
  }

  // ---- the wheel face: drawn once per layout --------------------------------------------------------------------------

  private drawWheelFace(): void {
    const layout = this.layout;
    if (!layout) return;
    const g = this.wheelLayer.clear();
    const { wheel, unit } = layout;
    const radius = wheel.width / 2;
    const cx = wheel.x + radius;
    const cy = wheel.y + radius;
    g.fillStyle(STAGE, 1).fillRect(0, 0, this.scale.width, this.scale.height);
    for (const panel of [layout.header, layout.strands, layout.protein]) {
      g.fillStyle(SURFACE, 1).fillRoundedRect(panel.x, panel.y, panel.width, panel.height, 14 * unit);
    }
    const labels: SheetLabel[] = [];
    const stroke = Math.max(1, 2 * unit);
    for (const sector of allLetterSectors()) {
      const letter = sector.path.charAt(sector.path.length - 1);
      const colour = BASE_COLOURS[letter] ?? SURFACE_RAISED;
      g.fillStyle(colour, sector.ring === 0 ? 1 : sector.ring === 1 ? 0.85 : 0.7);
      this.fillSector(g, cx, cy, radius, sector.innerRadius, sector.outerRadius, sector.startAngle, sector.endAngle);
      g.lineStyle(stroke, STAGE, 1);
      this.strokeSector(g, cx, cy, radius, sector.innerRadius, sector.outerRadius, sector.startAngle, sector.endAngle);
      const mid = (sector.startAngle + sector.endAngle) / 2;
      const r = ((sector.innerRadius + sector.outerRadius) / 2) * radius;
      const arc = (sector.endAngle - sector.startAngle) * r;
      const thickness = (sector.outerRadius - sector.innerRadius) * radius;
      labels.push({
        text: letter,
        x: cx + Math.cos(mid) * r,
        y: cy + Math.sin(mid) * r,
        colour: BASE_TEXT,
        maxWidth: Math.min(arc, thickness) * 0.85,
        baseSizePx: this.fontPx([46, 34, 22][sector.ring] ?? 20),
        maxHeight: Math.min(arc, thickness) * 0.95,
      });
    }
    const [aminoInner, aminoOuter] = RING_BOUNDS[3] ?? [0.7, 1];
    for (const amino of aminoSectors()) {
      const isStop = amino.aminoAcid === '*';
      const family = isAminoAcidLetter(amino.aminoAcid) ? FAMILY[amino.aminoAcid] : null;
      g.fillStyle(isStop ? STOP_COLOUR : family ? FAMILY_COLOURS[family] : SURFACE_RAISED, 0.9);
      this.fillSector(g, cx, cy, radius, aminoInner, aminoOuter, amino.startAngle, amino.endAngle);
      g.lineStyle(stroke, STAGE, 1);
      this.strokeSector(g, cx, cy, radius, aminoInner, aminoOuter, amino.startAngle, amino.endAngle);
      const mid = (amino.startAngle + amino.endAngle) / 2;
      const r = ((aminoInner + aminoOuter) / 2) * radius;
      const arc = (amino.endAngle - amino.startAngle) * r;
      const label = isStop ? this.bridge.t('canvas.stop') : THREE_LETTER[amino.aminoAcid as AminoAcidLetter];
      // Labels stay horizontal so they read like the rest of the screen (and rotated canvas text blurs on small fonts).
      labels.push({
        text: label,
        x: cx + Math.cos(mid) * r,
        y: cy + Math.sin(mid) * r,
        colour: isStop || !family ? BASE_TEXT : FAMILY_TEXT[family],
        maxWidth: (aminoOuter - aminoInner) * radius * 0.92,
        baseSizePx: this.fontPx(24),
        maxHeight: arc * 0.95,
      });
    }
    this.wheelLabels.draw(wheel, labels);
  }

  private fillSector(g: Phaser.GameObjects.Graphics, cx: number, cy: number, radius: number, inner: number, outer: number, start: number, end: number): void {
    g.beginPath();
    g.arc(cx, cy, outer * radius, start, end, false);
    g.arc(cx, cy, inner * radius, end, start, true);
    g.closePath();
    g.fillPath();
  }

  private strokeSector(g: Phaser.GameObjects.Graphics, cx: number, cy: number, radius: number, inner: number, outer: number, start: number, end: number): void {
    g.beginPath();
    g.arc(cx, cy, outer * radius, start, end, false);
    g.arc(cx, cy, inner * radius, end, start, true);
    g.closePath();
    g.strokePath();
  }

  // ---- everything that changes ---------------------------------------------------------------------------------------

  private redraw(snapshot: CodeOfLifeSnapshot): void {
    const layout = this.layout;
    if (!layout) return;
    const g = this.drawLayer.clear();
    this.texts.begin();
    this.drawHeader(g, layout, snapshot);
    this.drawStrands(g, layout, snapshot);
    this.drawWheelHighlight(g, layout, snapshot);
    this.drawProtein(g, layout, snapshot);
    this.texts.finish();
  }

  private drawHeader(g: Phaser.GameObjects.Graphics, layout: SceneLayout, snapshot: CodeOfLifeSnapshot): void {
    const { header, unit } = layout;
    const pad = 16 * unit;
    const title = this.texts.take(TEXT).setOrigin(0, 0.5);
    fitText(title, this.bridge.t(`canvas.phase.${snapshot.phase}`), header.width - 2 * pad, this.fontPx(34), header.height * 0.5);
    title.setPosition(header.x + pad, header.y + header.height * 0.38);
    const barHeight = Math.max(6, 10 * unit);
    const barY = header.y + header.height - barHeight - 8 * unit;
    const barWidth = header.width - 2 * pad;
    g.fillStyle(SURFACE_RAISED, 1).fillRoundedRect(header.x + pad, barY, barWidth, barHeight, barHeight / 2);
    g.fillStyle(0x009e73, 1).fillRoundedRect(header.x + pad, barY, Math.max(barHeight, barWidth * gameProgress(snapshot)), barHeight, barHeight / 2);
  }

  /** The codon shown in the middle of the strands window, and the mRNA to show (mutated in round 2). */
  private strandsFocus(snapshot: CodeOfLifeSnapshot): { focusCodon: number; mrna: string; changedCodon: number | null } {
    const codonCount = snapshot.targetMrna.length / 3;
    if (snapshot.phase === 'mutations') {
      const question = snapshot.questions[snapshot.questionIndex];
      if (question) return { focusCodon: question.spec.codonIndex, mrna: question.mutatedMrna, changedCodon: question.spec.codonIndex };
    }
    if (snapshot.phase === 'transcribe' || snapshot.phase === 'polymerase') {
      return { focusCodon: Math.min(codonCount - 1, Math.floor(snapshot.transcribed / 3)), mrna: snapshot.targetMrna, changedCodon: null };
    }
    if (snapshot.phase === 'translate') return { focusCodon: snapshot.codonIndex, mrna: snapshot.targetMrna, changedCodon: null };
    return { focusCodon: codonCount - 1, mrna: snapshot.targetMrna, changedCodon: null };
  }

  private drawStrands(g: Phaser.GameObjects.Graphics, layout: SceneLayout, snapshot: CodeOfLifeSnapshot): void {
    const { strands, unit } = layout;
    const t = this.bridge.t.bind(this.bridge);
    const codonCount = snapshot.targetMrna.length / 3;
    const { focusCodon, mrna, changedCodon } = this.strandsFocus(snapshot);
    const h = strands.height;
    const usableWidth = strands.width - 32 * unit;
    const windowCodons = Math.max(MIN_WINDOW_CODONS, Math.min(MAX_WINDOW_CODONS, Math.floor(usableWidth / (h * 0.22 * 3.5))));
    const firstCodon = Math.max(0, Math.min(codonCount - windowCodons, focusCodon - Math.floor(windowCodons / 2)));
    const tile = Math.min(usableWidth / (windowCodons * 3.48), h * 0.24);
    const gap = tile * 0.08;
    const codonGap = tile * 0.3;
    const rowWidth = windowCodons * 3 * tile + (windowCodons * 3 - 1) * gap + (windowCodons - 1) * codonGap;
    const left = strands.x + (strands.width - rowWidth) / 2;
    // Each strand's label sits on its outer side (DNA above, mRNA below), so the base-pair rungs between the strands
    // never cross a label; the amino acids come under the mRNA label. Room is left under the mRNA for the bar that
    // marks the letter being read on the wheel.
    const dnaLabelY = strands.y + h * 0.08;
    const dnaY = strands.y + h * 0.15;
    const mrnaY = dnaY + tile + h * 0.08;
    const mrnaLabelY = mrnaY + tile + h * 0.1;
    const aminoY = mrnaLabelY + h * 0.09;
    const labelWidth = strands.width - 32 * unit;
    const dnaLabel = this.texts.take(TEXT_MUTED).setOrigin(0, 0.5);
    fitText(dnaLabel, t('canvas.dnaTemplate'), labelWidth, this.fontPx(24), h * 0.1);
    dnaLabel.setPosition(strands.x + 16 * unit, dnaLabelY);
    const mrnaLabel = this.texts.take(TEXT_MUTED).setOrigin(0, 0.5);
    fitText(mrnaLabel, t('canvas.mrna'), labelWidth, this.fontPx(24), h * 0.08);
    mrnaLabel.setPosition(strands.x + 16 * unit, mrnaLabelY);
    const radius = Math.max(4, tile * 0.18);
    for (let slot = 0; slot < windowCodons * 3; slot++) {
      const index = firstCodon * 3 + slot;
      const codon = Math.floor(index / 3);
      const x = left + slot * (tile + gap) + Math.floor(slot / 3) * (codonGap - gap);
      const rnaBase = mrna.charAt(index);
      const templateBase = snapshot.phase === 'mutations' ? complementOfRna(rnaBase) : snapshot.templateDna.charAt(index);
      // Only the letters that differ from the gene get the white "changed" outline.
      const changed = codon === changedCodon && rnaBase !== snapshot.targetMrna.charAt(index);
      this.drawTile(g, x, dnaY, tile, radius, templateBase, changed);
      const built = index < snapshot.transcribed;
      if (built) this.drawTile(g, x, mrnaY, tile, radius, rnaBase, changed);
      else {
        strokeRoundedBox(g.lineStyle(Math.max(1, 2 * unit), LINE, 1), x, mrnaY, tile, tile, radius);
      }
      // The rungs: base pairs joined between the strands.
      if (built) g.lineStyle(Math.max(1, 3 * unit), LINE, 1).lineBetween(x + tile / 2, dnaY + tile, x + tile / 2, mrnaY);
      // While reading the wheel, a bar under the letter being looked up.
      if (snapshot.phase === 'translate' && index === snapshot.codonIndex * 3 + snapshot.wheelLetters) {
        g.fillStyle(FOCUS, 1).fillRoundedRect(x + tile * 0.15, mrnaY + tile + 8 * unit, tile * 0.7, Math.max(4, 6 * unit), 3 * unit);
      }
      const isNext = (snapshot.phase === 'transcribe' || snapshot.phase === 'polymerase') && index === snapshot.transcribed;
      if (isNext) strokeRoundedBox(g.lineStyle(Math.max(3, 5 * unit), FOCUS, 1), x - 3 * unit, mrnaY - 3 * unit, tile + 6 * unit, tile + 6 * unit, radius);
    }
    // Codon outlines and, once read, the amino acid under each codon.
    for (let c = firstCodon; c < firstCodon + windowCodons; c++) {
      const x = left + (c - firstCodon) * 3 * (tile + gap) + (c - firstCodon) * (codonGap - gap);
      const width = 3 * tile + 2 * gap;
      const current = snapshot.phase === 'translate' && c === snapshot.codonIndex;
      if (current || c === changedCodon) {
        strokeRoundedBox(g.lineStyle(Math.max(3, 5 * unit), FOCUS, 1), x - 5 * unit, mrnaY - 5 * unit, width + 10 * unit, tile + 10 * unit, radius);
      }
      const read = snapshot.phase !== 'transcribe' && snapshot.phase !== 'polymerase' && (c < snapshot.codonIndex || snapshot.phase !== 'translate');
      if (!read) continue;
      // In round 2 the changed codon's amino acid stays hidden until the player has predicted.
      const hidden = c === changedCodon && snapshot.answer === null;
      const aminoAcid = hidden ? '?' : this.aminoLabel(mrna.slice(c * 3, c * 3 + 3));
      const label = this.texts.take(c === changedCodon ? '#f0e442' : TEXT);
      fitText(label, aminoAcid, width, this.fontPx(26), h * 0.12);
      label.setPosition(x + width / 2, aminoY);
    }
    if (snapshot.phase === 'polymerase') {
      const x = left + (snapshot.transcribed - firstCodon * 3) * (tile + gap);
      g.fillStyle(0xcc79a7, 0.55).fillEllipse(x + tile / 2, (dnaY + mrnaY + tile) / 2, tile * 2.6, (mrnaY + tile - dnaY) * 1.25);
      const label = this.texts.take(TEXT).setDepth(11);
      fitText(label, t('canvas.polymerase'), tile * 4, this.fontPx(22), h * 0.1);
      label.setPosition(Math.min(strands.x + strands.width - label.width / 2 - 8, Math.max(strands.x + label.width / 2 + 8, x + tile / 2)), aminoY);
    }
  }

  private aminoLabel(codon: string): string {
    const aminoAcid = codon.length === 3 ? translateCodon(codon) : '';
    if (aminoAcid === STOP) return this.bridge.t('canvas.stop');
    return isAminoAcidLetter(aminoAcid) ? THREE_LETTER[aminoAcid] : '';
  }

  private drawTile(g: Phaser.GameObjects.Graphics, x: number, y: number, size: number, radius: number, base: string, changed: boolean): void {
    if (!base) return;
    g.fillStyle(BASE_COLOURS[base] ?? SURFACE_RAISED, 1).fillRoundedRect(x, y, size, size, radius);
    if (changed) strokeRoundedBox(g.lineStyle(Math.max(2, size * 0.06), 0xffffff, 1), x, y, size, size, radius);
    const text = this.texts.take(BASE_TEXT);
    fitText(text, base, size * 0.8, size * 0.62, size * 0.9);
    text.setPosition(x + size / 2, y + size / 2);
  }

  private drawWheelHighlight(g: Phaser.GameObjects.Graphics, layout: SceneLayout, snapshot: CodeOfLifeSnapshot): void {
    const { wheel, unit } = layout;
    const radius = wheel.width / 2;
    const cx = wheel.x + radius;
    const cy = wheel.y + radius;
    let path = '';
    let showAmino = false;
    if (snapshot.phase === 'translate') {
      const codon = snapshot.targetMrna.slice(snapshot.codonIndex * 3, snapshot.codonIndex * 3 + 3);
      path = codon.slice(0, snapshot.wheelLetters);
      if (snapshot.wheelHint && snapshot.wheelLetters < 3) {
        const [inner, outer] = RING_BOUNDS[snapshot.wheelLetters] ?? [0, 0];
        g.lineStyle(Math.max(2, 4 * unit), 0xffffff, 0.9);
        g.strokeCircle(cx, cy, inner * radius);
        g.strokeCircle(cx, cy, outer * radius);
      }
      if (snapshot.feedback?.kind === 'aminoAcidAdded' || snapshot.feedback?.kind === 'stopReached') {
        if (snapshot.wheelLetters === 0) {
          path = snapshot.feedback.codon;
          showAmino = true;
        }
      }
    } else if (snapshot.phase === 'mutations') {
      const question = snapshot.questions[snapshot.questionIndex];
      if (question && snapshot.answer !== null) {
        path = question.spec.newCodon;
        showAmino = true;
      }
    }
    const width = Math.max(3, 6 * unit);
    for (let length = 1; length <= path.length; length++) {
      const sector = sectorOf(path.slice(0, length));
      // A light wash over the sectors already read, then a bold outline: the path from the centre stands out.
      g.fillStyle(0xffffff, 0.35);
      this.fillSector(g, cx, cy, radius, sector.innerRadius, sector.outerRadius, sector.startAngle, sector.endAngle);
      g.lineStyle(width, FOCUS, 1);
      this.strokeSector(g, cx, cy, radius, sector.innerRadius, sector.outerRadius, sector.startAngle, sector.endAngle);
    }
    if (showAmino && path.length === 3) {
      const amino = aminoSectors().find((candidate) => candidate.codons.includes(path));
      const [inner, outer] = RING_BOUNDS[3] ?? [0.7, 1];
      if (amino) {
        g.lineStyle(width, FOCUS, 1);
        this.strokeSector(g, cx, cy, radius, inner, outer, amino.startAngle, amino.endAngle);
      }
    }
  }

  private drawProtein(g: Phaser.GameObjects.Graphics, layout: SceneLayout, snapshot: CodeOfLifeSnapshot): void {
    const { protein: area, unit } = layout;
    const t = this.bridge.t.bind(this.bridge);
    const pad = 16 * unit;
    const title = this.texts.take(TEXT_MUTED).setOrigin(0, 0.5);
    fitText(title, t('canvas.protein'), area.width - 2 * pad, this.fontPx(24), area.height * 0.14);
    title.setPosition(area.x + pad, area.y + area.height * 0.1);
    const inner: Rect = { x: area.x + pad, y: area.y + area.height * 0.2, width: area.width - 2 * pad, height: area.height * 0.75 };
    if (snapshot.phase === 'transcribe' || snapshot.phase === 'polymerase') {
      const hint = this.texts.take(TEXT_MUTED, false);
      fitText(hint, t('canvas.proteinLater'), inner.width, this.fontPx(24), inner.height * 0.3);
      hint.setPosition(inner.x + inner.width / 2, inner.y + inner.height / 2);
      return;
    }
    const maxRadius = Math.min(inner.height * 0.2, 44 * unit);
    if (snapshot.phase === 'mutations') {
      const question = snapshot.questions[snapshot.questionIndex];
      if (!question) return;
      const rowRadius = Math.min(maxRadius, inner.height * 0.17);
      const before = straightPositions(snapshot.protein.length, inner.x + inner.width * 0.16, inner.y + inner.height * 0.25, inner.width * 0.84, rowRadius * 2.3);
      this.rowLabel(t('canvas.before'), inner, inner.y + inner.height * 0.25);
      this.drawBeads(g, snapshot.protein, before, rowRadius, question.spec.codonIndex, null);
      this.rowLabel(t('canvas.after'), inner, inner.y + inner.height * 0.75);
      const after = straightPositions(snapshot.protein.length, inner.x + inner.width * 0.16, inner.y + inner.height * 0.75, inner.width * 0.84, rowRadius * 2.3);
      if (snapshot.answer === null) {
        const mark = this.texts.take(TEXT);
        fitText(mark, '?', inner.width * 0.5, rowRadius * 1.6);
        mark.setPosition(inner.x + inner.width * 0.58, inner.y + inner.height * 0.75);
        return;
      }
      this.drawBeads(g, question.mutatedProtein, after, rowRadius, question.spec.codonIndex, snapshot.protein);
      if (question.mutatedProtein.length < snapshot.protein.length) {
        const stopAt = after[question.mutatedProtein.length];
        if (stopAt) {
          const stop = this.texts.take('#111111');
          if (stop.style.backgroundColor !== '#ff9a66') stop.setBackgroundColor('#ff9a66');
          fitText(stop, t('canvas.stop'), rowRadius * 3, this.fontPx(24), rowRadius * 1.6);
          stop.setPosition(stopAt.x, stopAt.y);
        }
      }
      return;
    }
    const count = snapshot.protein.length;
    const radius = Math.min(maxRadius, inner.width / (Math.max(count, 9) * 2.4));
    const straight = straightPositions(count, inner.x, inner.y + inner.height / 2, inner.width, radius * 2.3);
    const foldedRadius = Math.min(maxRadius, inner.height * 0.22, inner.width / (Math.ceil(count / 2) * 2.4 + 1));
    const folded = foldedPositions(count, inner.x + inner.width / 2, inner.y + inner.height / 2, foldedRadius * 2.3);
    const positions = this.foldProgress > 0 ? blendPositions(straight, folded, this.foldProgress) : straight;
    const beadRadius = radius + (foldedRadius - radius) * this.foldProgress;
    // The peptide backbone under the beads.
    g.lineStyle(Math.max(2, 5 * unit), 0xc3d1df, 1);
    for (let i = 1; i < positions.length; i++) {
      const a = positions[i - 1] as Point;
      const b = positions[i] as Point;
      g.lineBetween(a.x, a.y, b.x, b.y);
    }
    this.drawBeads(g, snapshot.protein, positions, beadRadius, null, null);
  }

  private rowLabel(text: string, inner: Rect, y: number): void {
    const label = this.texts.take(TEXT_MUTED).setOrigin(0, 0.5);
    fitText(label, text, inner.width * 0.14, this.fontPx(22), inner.height * 0.3);
    label.setPosition(inner.x, y);
  }

  /** Beads with family colour and three-letter code; codonIndex marks the changed residue (codon 0 = Met = bead 0). */
  private drawBeads(g: Phaser.GameObjects.Graphics, protein: string, positions: readonly Point[], radius: number, markIndex: number | null, original: string | null): void {
    const unit = this.layout?.unit ?? 1;
    [...protein].forEach((letter, index) => {
      const point = positions[index];
      if (!point || !isAminoAcidLetter(letter)) return;
      const family = FAMILY[letter];
      g.fillStyle(FAMILY_COLOURS[family], 1).fillCircle(point.x, point.y, radius);
      const changed = index === markIndex && (original === null || original.charAt(index) !== letter);
      g.lineStyle(changed ? Math.max(3, 6 * unit) : Math.max(1, 2 * unit), changed ? FOCUS : 0x0d1b2a, 1).strokeCircle(point.x, point.y, radius);
      const text = this.texts.take(FAMILY_TEXT[family]);
      fitText(text, THREE_LETTER[letter], radius * 1.7, radius * 0.8, radius * 1.2);
      text.setPosition(point.x, point.y);
    });
    // Missing residues after an early stop: empty outlines where the chain should have gone on.
    if (original && protein.length < original.length) {
      for (let index = protein.length; index < original.length; index++) {
        const point = positions[index];
        if (point) g.lineStyle(Math.max(1, 2 * unit), LINE, 1).strokeCircle(point.x, point.y, radius);
      }
    }
  }
}
