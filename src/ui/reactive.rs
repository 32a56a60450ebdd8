//! Memos and derived signals, made through one function per value type: the closure is
//! boxed, so the reactive graph's generic code (most of the page's size) is compiled once
//! per value type instead of once per use.

use leptos::prelude::*;
use std::any::Any;
use std::marker::PhantomData;

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

/// A memo of `f` whose value type is erased in the reactive graph: all of them share one
/// memo type, so the graph's code for a memo is compiled once instead of once per value
/// type. Readers get the value back typed, through [`Computed::with`] and [`Computed::get`].
/// For values that go on to a component as a `Signal` (scenes, hotspots), use [`memo`].
pub fn computed<T>(f: impl Fn() -> T + Send + Sync + 'static) -> Computed<T>
where
    T: PartialEq + Send + Sync + 'static,
{
    Computed {
        memo: erased_memo(Box::new(move || Erased(Box::new(f())))),
        value: PhantomData,
    }
}

fn erased_memo(f: Box<dyn Fn() -> Erased + Send + Sync>) -> Memo<Erased> {
    Memo::new(move |_| f())
}

/// A value of a [`computed`] memo, of whichever type it has.
struct Erased(Box<dyn Value>);

/// What the graph needs of a value: to tell whether a new one differs.
trait Value: Send + Sync {
    fn as_any(&self) -> &dyn Any;
    fn same(&self, other: &dyn Any) -> bool;
}

impl<T: PartialEq + Send + Sync + 'static> Value for T {
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn same(&self, other: &dyn Any) -> bool {
        other.downcast_ref::<T>() == Some(self)
    }
}

impl Erased {
    /// `f` of the value as a `T`, or `R`'s default if it is not one.
    fn read<T: 'static, R: Default>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.0
            .as_any()
            .downcast_ref::<T>()
            .map(f)
            .unwrap_or_default()
    }
}

impl PartialEq for Erased {
    fn eq(&self, other: &Self) -> bool {
        self.0.same(other.0.as_any())
    }
}

/// A [`computed`] memo: a `T`, read as a signal.
pub struct Computed<T> {
    memo: Memo<Erased>,
    value: PhantomData<fn() -> T>,
}

impl<T> Clone for Computed<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Computed<T> {}

impl<T: 'static> Computed<T> {
    /// `f` of the value; the reader runs again when the value changes. (The value is always
    /// a `T`: only [`computed`] makes one. Were it not, `f` would not run and the reader
    /// would get `R`'s default.)
    pub fn with<R: Default>(self, f: impl FnOnce(&T) -> R) -> R {
        self.memo.with(|value| value.read(f))
    }

    /// A copy of the value; the reader runs again when the value changes.
    pub fn get(self) -> T
    where
        T: Clone + Default,
    {
        self.with(T::clone)
    }

    /// `f` of the value, without making the reader depend on it.
    pub fn with_untracked<R: Default>(self, f: impl FnOnce(&T) -> R) -> R {
        self.memo.with_untracked(|value| value.read(f))
    }
}
