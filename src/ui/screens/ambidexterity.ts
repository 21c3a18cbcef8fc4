/** The ambidexterity profile: nine factors on the five-phase maturity scale, as far as the scan has shown. */
import { html, nothing } from 'lit-html';
import type { AmbiModel } from '../../view';
import { scrolling, source } from './common';

export const ambidexterityTable = (a: AmbiModel | null) =>
  a
    ? html`<div class="ambi">
        ${scrolling(
          'Ambidextrie: balans tussen het werk van nu en vernieuwing (fase 1–5)',
          html`<table class="indicators">
            <caption>Ambidextrie: balans tussen het werk van nu en vernieuwing (fase 1–5)</caption>
            <thead>
              <tr><th scope="col">Factor</th><th scope="col">Fase</th><th scope="col">Wat de scan liet zien</th></tr>
            </thead>
            <tbody>
              ${a.rows.map(
                (r) =>
                  html`<tr>
                    <th scope="row">${r.factor}</th>
                    <td>
                      ${
                        r.level === null
                          ? r.levelText
                          : html`<meter min="0" max="5" value=${r.level} aria-hidden="true"></meter> ${r.levelText}`
                      }
                    </td>
                    <td>${r.note}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`,
        )}
        <p>${a.summary}</p>
        ${source(a.source)}
      </div>`
    : nothing;
