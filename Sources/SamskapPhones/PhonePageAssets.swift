/// The answer page's style sheet and its small script. In the binary rather than in `Resources/`, so that the server
/// can never serve a page whose assets are missing from an install.
enum PhonePageAssets {
    static let css = """
    :root { color-scheme: light dark; --bg: #ffffff; --fg: #1b1b1f; --muted: #5b5b66; --accent: #1c5fb8; --line: #c9c9d1; --chosen: #dce8fa; }
    @media (prefers-color-scheme: dark) { :root { --bg: #17171b; --fg: #ececf1; --muted: #b0b0bb; --accent: #8ab4f8; --line: #44444e; --chosen: #22365a; } }
    * { box-sizing: border-box; }
    body { margin: 0; background: var(--bg); color: var(--fg); font: 18px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
    main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
    h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
    label[for], input#code { display: block; width: 100%; }
    input#code { font-size: 1.6rem; letter-spacing: .3em; padding: .6rem; margin: .5rem 0 1rem; text-transform: uppercase; border: 2px solid var(--line); border-radius: .5rem; background: var(--bg); color: var(--fg); }
    button, .button { display: block; width: 100%; min-height: 3rem; margin: .75rem 0; padding: .75rem 1rem; font: inherit; font-weight: 600; text-align: center; text-decoration: none; border-radius: .6rem; border: 2px solid var(--accent); background: var(--accent); color: var(--bg); cursor: pointer; }
    button.secondary, .button.secondary { background: transparent; color: var(--accent); }
    button:focus-visible, a:focus-visible, input:focus-visible + span { outline: 3px solid var(--accent); outline-offset: 2px; }
    fieldset { border: 0; padding: 0; margin: 0; }
    fieldset.statement { border-top: 1px solid var(--line); padding: 1rem 0; }
    fieldset.statement > legend { font-weight: 600; padding: 1rem 0 .25rem; }
    fieldset.scale > legend { color: var(--muted); font-size: .95rem; padding-top: .5rem; }
    .options { display: grid; grid-template-columns: repeat(5, 1fr); gap: .4rem; margin-top: .3rem; }
    .options label { position: relative; }
    .options input { position: absolute; opacity: 0; inset: 0; margin: 0; }
    .options span { display: flex; align-items: center; justify-content: center; min-height: 3rem; border: 2px solid var(--line); border-radius: .5rem; font-weight: 600; }
    .options input:checked + span { border-color: var(--accent); background: var(--chosen); }
    .status { min-height: 1.4em; margin: .25rem 0 0; color: var(--muted); font-size: .9rem; }
    ul.results { list-style: none; padding: 0; }
    ul.results li { padding: .75rem 0; border-bottom: 1px solid var(--line); }
    .name { display: block; font-weight: 600; } .figure, .hidden { color: var(--muted); }
    .bar { display: block; height: .6rem; margin-top: .3rem; background: var(--accent); border-radius: .3rem; }
    """

    /// Saves each answer as it is chosen, so a phone that is put away loses nothing; the form's button still
    /// sends everything (and is all there is without the script).
    static let script = """
    (function () {
      var form = document.getElementById('answers');
      if (!form || !window.fetch) return;
      form.addEventListener('change', function (event) {
        var group = event.target.closest('fieldset.statement');
        if (!group) return;
        var id = group.getAttribute('data-statement');
        var answer = { statement: id };
        var e = group.querySelector('input[name="e.' + id + '"]:checked');
        var i = group.querySelector('input[name="i.' + id + '"]:checked');
        if (e) answer.experience = Number(e.value);
        if (i) answer.importance = Number(i.value);
        var status = group.querySelector('.status');
        status.textContent = '…';
        fetch(form.getAttribute('action'), { method: 'POST', headers: { 'Content-Type': 'application/json' },
                                             body: JSON.stringify(answer), credentials: 'same-origin' })
          .then(function (r) { status.textContent = r.ok ? form.getAttribute('data-saved') : form.getAttribute('data-failed'); })
          .catch(function () { status.textContent = form.getAttribute('data-failed'); });
      });
    })();
    """
}
