// Copy buttons: step and answer links, the short link, and the ticket texts. Loaded on first use.

async function writeClipboard(text: string): Promise<boolean> {
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

/** Copy what a button stands for (an anchor link or its text), and say so to screen readers too. */
export async function copyFrom(button: HTMLButtonElement): Promise<void> {
  const anchor = button.dataset.copyAnchor;
  const text = anchor ? `${location.origin}${location.pathname}#${anchor}` : (button.dataset.copyText ?? '');
  const ok = await writeClipboard(text);
  const status = document.getElementById('copy-status');
  if (status) {
    status.textContent = '';
    status.textContent = ok
      ? (button.dataset.copiedMessage ?? 'Copied to the clipboard')
      : 'Could not copy; select the text and copy it yourself';
  }
  const label = button.dataset.label ?? button.textContent ?? '';
  button.dataset.label = label;
  button.textContent = ok ? 'Copied' : 'Copy failed';
  setTimeout(() => (button.textContent = label), 1600);
}
