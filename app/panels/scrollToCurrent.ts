// Scrolls a diagram's container (not the page) so the current node sits in the middle.
export function scrollToCurrent(container: HTMLElement): void {
  const scroller = container.closest<HTMLElement>('.diagram') ?? container;
  const node = container.querySelector<SVGGraphicsElement>('.node.current, g.current');
  if (!node) return;
  const box = node.getBoundingClientRect();
  const view = scroller.getBoundingClientRect();
  scroller.scrollTop += box.top - view.top - (view.height - box.height) / 2;
  scroller.scrollLeft += box.left - view.left - (view.width - box.width) / 2;
}
