// Copy-link buttons: copy the page's address (with the reader's choices) to the clipboard.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-link]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const status = button.nextElementSibling as HTMLElement | null;
    try {
      await navigator.clipboard.writeText(location.href);
      if (status) status.textContent = '已复制链接 Link copied';
    } catch {
      // No clipboard (an insecure context): show the address to copy by hand.
      if (status) status.textContent = location.href;
    }
  });
}
