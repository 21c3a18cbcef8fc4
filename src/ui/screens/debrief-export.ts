/** The Terugblik's last section: the result code with its QR code, print, and the downloads. */
import { html, nothing } from 'lit-html';
import type { DebriefModel } from '../../view';
import { download } from '../download';
import { qrSvg } from '../qr';
import type { ScreenCtx } from './common';
import { type Part, part } from './debrief-parts';

/** In a "wat als" branch: whose result is handed in, and the branch itself only on request, labelled. */
const exploration = (c: ScreenCtx, vm: DebriefModel) =>
  vm.exploration
    ? html`<div class="verkenning" id="export__verkenning">
        <p><strong>U verkent een "wat als"-variant. </strong>De resultaatcode, de CSV en de JSON hieronder zijn van uw eigen spel (het oorspronkelijke pad), niet van deze variant. Wilt u de variant zelf bewaren, dan krijgt die het label "${vm.exploration}".</p>
        <div class="actions">
          <button
            type="button"
            class="btn"
            id="export__variant-csv"
            @click=${() => download('koers-wat-als-beslissingen.csv', c.exportText('variant-csv'), 'text/csv;charset=utf-8')}
          >Variant als CSV (verkenning)</button>
          <button
            type="button"
            class="btn"
            id="export__variant-json"
            @click=${() => download('koers-wat-als.json', c.exportText('variant-json'), 'application/json')}
          >Variant als JSON (verkenning)</button>
        </div>
      </div>`
    : nothing;

/** The QR code is drawn once per code; the same node is reused on every render. */
const qrCache = new Map<string, Element>();
const qr = (code: string) => {
  let node = qrCache.get(code);
  if (!node) {
    node = qrSvg(code, 'QR-code met de resultaatcode');
    qrCache.clear();
    qrCache.set(code, node);
  }
  return node;
};

export function exportSection(c: ScreenCtx, vm: DebriefModel): Part {
  const copy = (e: Event) => {
    const root = (e.currentTarget as HTMLElement).closest('section');
    const field = root?.querySelector<HTMLTextAreaElement>('#resultaatcode');
    const status = root?.querySelector<HTMLElement>('.hint');
    field?.select();
    const say = (t: string) => {
      if (status) status.textContent = t;
    };
    void navigator.clipboard?.writeText(vm.code).then(
      () => say('Gekopieerd.'),
      () => say('Kopiëren lukte niet; selecteer de code en kopieer met Ctrl+C.'),
    );
  };
  return part(
    'export',
    'Bewaren en delen',
    html`${exploration(c, vm)}<div class="actions">
        <button type="button" class="btn" id="export__afdrukken" @click=${() => window.print()}>Afdrukken of opslaan als PDF</button>
        <button
          type="button"
          class="btn"
          id="export__csv"
          @click=${() => download('koers-beslissingen.csv', c.exportText('csv'), 'text/csv;charset=utf-8')}
        >Beslissingen als CSV</button>
        <button
          type="button"
          class="btn"
          id="export__json"
          @click=${() => download('koers-spel.json', c.exportText('json'), 'application/json')}
        >Spel als JSON</button>
      </div>
      <label for="resultaatcode" class="code__label">Resultaatcode voor uw begeleider (het model rekent de uitkomst opnieuw uit)</label>
      <textarea id="resultaatcode" readonly rows="4" class="code" .value=${vm.code}></textarea>
      <div class="actions">
        <button type="button" class="btn" @click=${copy}>Kopieer de code</button>
        <span role="status" class="hint"></span>
      </div>
      ${qr(vm.code)}`,
  );
}
