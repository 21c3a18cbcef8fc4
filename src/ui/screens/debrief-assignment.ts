/**
 * The reflection questions as a written assignment (inside a learning platform): a text field per
 * question, saved when a field is left, handed in with "Inleveren", printable with the Terugblik.
 */
import { html, nothing } from 'lit-html';
import type { AssignmentModel } from '../../view';
import type { ScreenCtx } from './common';

export function assignmentBody(c: ScreenCtx, a: AssignmentModel) {
  const answers = (form: HTMLFormElement) =>
    [...form.querySelectorAll<HTMLTextAreaElement>('textarea')].map((t) => t.value);
  const keep = (e: Event) => {
    const form = (e.target as HTMLElement).closest('form');
    if (form) c.reflect(answers(form), false);
  };
  return html`<form
    id="opdracht"
    class="form assignment"
    @submit=${(e: Event) => {
      e.preventDefault();
      c.reflect(answers(e.target as HTMLFormElement), true);
    }}
  >
    <p>${a.intro}</p>
    <ol class="prompts">
      ${a.questions.map(
        (q) => html`<li>
          <label for=${q.id}>${q.label}</label>
          <textarea id=${q.id} rows="4" maxlength=${a.max} .value=${q.answer} @change=${keep}></textarea>
        </li>`,
      )}
    </ol>
    ${a.problem ? html`<p class="form__fout" role="alert" id="opdracht__fout">${a.problem}</p>` : nothing}
    <p role="status" id="opdracht__status">${a.status ?? ''}</p>
    <div class="actions">
      <button type="submit" class="btn btn--primary" id="opdracht__inleveren">Inleveren</button>
      <button type="button" class="btn" id="opdracht__afdrukken" @click=${() => window.print()}>Afdrukken</button>
    </div>
  </form>`;
}
