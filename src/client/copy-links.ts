// "Copy link" buttons under step headings and FAQ questions. They are built here rather than shipped
// in the HTML: they only work with JavaScript, and the step markup is stored for every fix.
const headingText = (heading: HTMLElement) =>
  [...heading.childNodes]
    .filter((n) => !(n instanceof HTMLAnchorElement))
    .map((n) => n.textContent)
    .join('')
    .trim();
const linkButton = (heading: HTMLElement, label: string, copied: string) => {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  button.textContent = 'Copy link';
  button.dataset.copyAnchor = heading.id;
  button.dataset.copiedMessage = copied;
  button.setAttribute('aria-label', label);
  const row = document.createElement('p');
  row.className = 'copy-row';
  row.append(button);
  heading.after(row);
};
document
  .querySelectorAll<HTMLElement>('h3.step-title[id]')
  .forEach((heading, i) => linkButton(heading, `Copy link to step ${i + 1}: ${headingText(heading)}`, `Link to step ${i + 1} copied`));
document
  .querySelectorAll<HTMLElement>('h3.faq-question[id]')
  .forEach((heading) => linkButton(heading, `Copy link to the answer: ${headingText(heading)}`, 'Link to the answer copied'));

const copyButtons = document.querySelectorAll<HTMLButtonElement>('button[data-copy-text], button[data-copy-anchor]');
for (const button of copyButtons) {
  button.hidden = false;
  button.addEventListener('click', () => void import('./copy.ts').then((m) => m.copyFrom(button)));
}
