//! Memos and derived signals, made through one function per value type: the closure is
//! boxed, so the reactive graph's generic code (most of the page's size) is compiled once
//! per value type instead of once per use.

use leptos::prelude::*;

/// A memo of `f`: readers are told of a new value only when it differs from the last.
pub fn memo<T>(f: impl Fn() -> T + Send + Sync + 'static) -> Memo<T>
where
    T: PartialEq + Send + Sync + 'static,
{
    boxed_memo(Box::new(f))
}

fn boxed_memo<T>(f: Box<dyn Fn() -> T + Send + Sync>) -> Memo<T>
where
    T: PartialEq + Send + Sync + 'static,
{
    Memo::new(move |_| f())
}

/// A signal computed by `f` each time it is read.
pub fn derived<T>(f: impl Fn() -> T + Send + Sync + 'static) -> Signal<T>
where
    T: Send + Sync + 'static,
{
    boxed_derived(Box::new(f))
}

fn boxed_derived<T>(f: Box<dyn Fn() -> T + Send + Sync>) -> Signal<T>
where
    T: Send + Sync + 'static,
{
    Signal::derive(f)
}

/// An effect: runs `f` now and again whenever something it read changes.
pub fn effect(f: impl Fn() + 'static) {
    boxed_effect(Box::new(f));
}

fn boxed_effect(f: Box<dyn Fn()>) {
    Effect::new(move |_| f());
}

/// An event handler, boxed: the page's event listening code is then compiled once per event
/// type instead of once per handler.
pub fn boxed<E: 'static>(f: impl FnMut(E) + 'static) -> Box<dyn FnMut(E)> {
    Box::new(f)
}
