// Copy buttons on fix and FAQ pages: step and answer links, the short link, and the ticket texts.
// The buttons are in the HTML but hidden; this script shows them, since they need JavaScript.
const status = document.getElementById('copy-status');


async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers or no permission: copy through a temporary selection.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-text], button[data-copy-anchor]')) {
  button.hidden = false;
  const label = button.textContent ?? '';
  button.addEventListener('click', async () => {
    const anchor = button.dataset.copyAnchor;
    const text = anchor ? `${location.origin}${location.pathname}#${anchor}` : button.dataset.copyText!;
    const ok = await copy(text);
    const message = ok ? (button.dataset.copiedMessage ?? 'Copied to the clipboard') : 'Could not copy; select the text and copy it yourself';
    if (status) {
      status.textContent = '';
      status.textContent = message;
    }
    button.textContent = ok ? 'Copied' : 'Copy failed';
    setTimeout(() => (button.textContent = label), 1600);
  });
}

export {};
