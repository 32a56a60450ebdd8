//! Writes every view, pre-rendered (`salary_explorer::prerender`), into a built index.html,
//! and the script that picks the view the address names. Run by trunk after each build:
//!
//!   prerender [INDEX_HTML]     (default: $TRUNK_STAGING_DIR/index.html)
//!
//! Fails, naming what it missed, when the page or a skeleton is not as expected, so a build
//! never ships a page without its figures.

use salary_explorer::markup::shell::{SCHEME_COLOUR_ATTR, THEME_STORAGE_KEY};
use salary_explorer::model::view_state::Tab;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let page = std::env::args_os().nth(1).map(PathBuf::from).or_else(|| {
        std::env::var_os("TRUNK_STAGING_DIR").map(|dir| Path::new(&dir).join("index.html"))
    });
    let Some(page) = page else {
        eprintln!("prerender: give the built index.html, or run as a trunk hook");
        return ExitCode::FAILURE;
    };
    match run(&page) {
        Ok(bytes) => {
            println!(
                "prerender: every view written into {} ({bytes} bytes)",
                page.display()
            );
            ExitCode::SUCCESS
        }
        Err(problem) => {
            eprintln!("prerender: {}: {problem}", page.display());
            ExitCode::FAILURE
        }
    }
}

fn run(page: &Path) -> Result<usize, String> {
    let html = std::fs::read_to_string(page).map_err(|e| e.to_string())?;
    let shell = salary_explorer::prerender::app_shell(&salary_explorer::embedded::dataset())
        .map_err(|e| e.to_string())?;
    let script = pick_view_script();
    let name = format!("pick-view-{:016x}.js", fnv1a(script.as_bytes()));
    let dir = page.parent().ok_or("the page has no folder")?;
    std::fs::write(dir.join(&name), &script).map_err(|e| e.to_string())?;
    let html = with_script(&html, &name)?;
    let html = with_body(&html, &shell)?;
    std::fs::write(page, &html).map_err(|e| e.to_string())?;
    Ok(html.len())
}

/// The script (run in the page's head, before anything is painted) that marks the view the
/// address names on the root element, where the stylesheet shows only that view (the same
/// slugs the app reads; the first view when the address names none it knows), whether it
/// asks for one chart to embed, and the theme the user picked, as the app will.
fn pick_view_script() -> String {
    let slugs: Vec<String> = Tab::ALL
        .iter()
        .map(|t| format!("\"{}\"", t.slug()))
        .collect();
    format!(
        r#"// Shows the view the address names, in the theme the user picked, before the app starts.
(function () {{
  var root = document.documentElement;
  var views = [{}];
  var query = new URLSearchParams(location.search);
  var asked = query.get("view");
  root.setAttribute("data-view", views.indexOf(asked) >= 0 ? asked : views[0]);
  // A chart embedded in another page waits for the app, which lays it out on its own.
  if (query.has("embed")) root.setAttribute("data-embed", "");
  try {{
    var theme = localStorage.getItem("{}");
    if (theme === "light" || theme === "dark") {{
      root.setAttribute("data-theme", theme);
      // The browser's own bars take that theme's colour too (index.html gives one per scheme).
      // Each keeps its scheme's own colour aside, for the app.
      var tags = document.querySelectorAll('meta[name="theme-color"]'), colour = null, i;
      for (i = 0; i < tags.length; i++) {{
        tags[i].setAttribute("{}", tags[i].content);
        if ((tags[i].media.indexOf("dark") >= 0) === (theme === "dark")) colour = tags[i].content;
      }}
      for (i = 0; colour && i < tags.length; i++) tags[i].content = colour;
    }}
  }} catch (e) {{}}
}})();
"#,
        slugs.join(", "),
        THEME_STORAGE_KEY,
        SCHEME_COLOUR_ATTR
    )
}

/// `html` with a classic script tag for `name` just after its stylesheet: the parser finds
/// the stylesheet first, so the two download side by side (a script before it would hold
/// the stylesheet's request until the script had run).
fn with_script(html: &str, name: &str) -> Result<String, String> {
    let sheet = html
        .match_indices("<link")
        .map(|(at, _)| at)
        .find(|at| {
            html.get(*at..)
                .and_then(|tag| tag.split('>').next())
                .is_some_and(|tag| tag.contains("stylesheet"))
        })
        .ok_or("no stylesheet link in the page's head")?;
    let after = sheet
        + html
            .get(sheet..)
            .and_then(|tag| tag.find('>'))
            .ok_or("an unclosed stylesheet link")?
        + 1;
    Ok(format!(
        "{}<script src=./{name}></script>{}",
        html.get(..after).unwrap_or_default(),
        html.get(after..).unwrap_or_default()
    ))
}

/// `html` with its body replaced by the pre-rendered shell.
fn with_body(html: &str, shell: &str) -> Result<String, String> {
    let open = html.find("<body>").ok_or("no <body> in the page")? + "<body>".len();
    let close = html.rfind("</body>").ok_or("no </body> in the page")?;
    let body = html.get(open..close).unwrap_or_default();
    if !body.contains("app-shell") {
        return Err("the page's body has no app-shell to replace".into());
    }
    Ok(format!(
        "{}<div id=\"app-shell\">{shell}</div>{}",
        html.get(..open).unwrap_or_default(),
        html.get(close..).unwrap_or_default()
    ))
}

/// A 64-bit FNV-1a hash: a file name that changes with the script.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}
