namespace ChatBot.Web.Tests.Browser;

/// <summary>What the browser tests read from a source page.</summary>
internal static class PageScripts
{
    /// <summary>The highlighted text, fragment by fragment (a fragment may span two passages), whitespace folded, joined by " … ".</summary>
    public const string MarkedText = """
        (() => {
          const groups = new Map();
          for (const m of document.querySelectorAll('mark')) groups.set(m.dataset.fragment, (groups.get(m.dataset.fragment) ?? '') + m.textContent);
          return [...groups.keys()].sort((a, b) => a - b).map(k => groups.get(k).replace(/\s+/g, ' ').trim()).join(' … ');
        })()
        """;

    /// <summary>The first highlight's box and the viewport, in CSS pixels.</summary>
    public const string FirstMarkBox = """
        (() => {
          const r = document.getElementById('q').getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: innerWidth, height: innerHeight, scrolled: scrollY };
        })()
        """;
}
