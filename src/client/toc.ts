// "On this page" (src/pages/fixes/_components/OnThisPage.astro): marks the link of the section being
// read with aria-current, in both outlines (the sticky column and the disclosure). The links work
// without this; it only adds the highlight. The current section is the last one whose heading has
// scrolled above a third of the window.
const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]')];
const targets = [...new Set(links.map((a) => a.hash.slice(1)))].flatMap((id) => document.getElementById(id) ?? []);

if (targets.length) {
  let current: string | undefined;
  let queued = false;
  const update = () => {
    queued = false;
    let id = targets[0]!.id;
    for (const target of targets) {
      if (target.getBoundingClientRect().top > innerHeight / 3) break;
      id = target.id;
    }
    if (id === current) return;
    current = id;
    for (const a of links) {
      if (a.hash === `#${id}`) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
  };
  addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(update);
    },
    { passive: true },
  );
  update();
}
