//! Mounts the app in the browser; nothing else.

fn main() {
    #[cfg(target_arch = "wasm32")]
    salary_explorer::ui::start();
}
