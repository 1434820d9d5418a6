// The one script: on a narrow screen the main navigation folds behind the Menu button (without it the menu stays
// open), and a table wider than its box, which scrolls sideways, can be reached and scrolled with the keyboard.
document.addEventListener("DOMContentLoaded", () => {
  const focusableWhenScrolling = () => document.querySelectorAll("main table").forEach(t => {
    if (t.scrollWidth > t.clientWidth + 1) t.setAttribute("tabindex", "0");
    else if (t.getAttribute("tabindex") === "0") t.removeAttribute("tabindex");
  });
  focusableWhenScrolling();
  window.addEventListener("resize", focusableWhenScrolling);

  const toggle = document.querySelector(".menu-toggle");
  const nav = document.getElementById("site-nav");
  if (!toggle || !nav) return;
  document.documentElement.classList.add("js");
  toggle.addEventListener("click", () => {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    nav.classList.toggle("open", open);
  });
  // One drop-down open at a time, closed by Escape or a click elsewhere.
  const menus = [...document.querySelectorAll("details.menu")];
  document.addEventListener("click", e => menus.forEach(m => { if (!m.contains(e.target)) m.open = false; }));
  document.addEventListener("keydown", e => {
    if (e.key !== "Escape") return;
    menus.filter(m => m.open).forEach(m => { m.open = false; m.querySelector("summary").focus(); });
  });
});
