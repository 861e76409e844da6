//! Getting addresses: the cache first or the network first as the options say, a few at a time.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::LoadOptions;
use super::cache::Cache;
use super::fetch::{Fetched, Fetcher, Page, Validators};

/// A page got for one address, with a note when it is not a fresh copy as asked.
pub type Got = Result<(Page, Option<String>), String>;

/// Fetcher and cache for one run.
pub struct Remote<'a> {
    opts: &'a LoadOptions,
    fetcher: Option<Fetcher>,
    cache: Option<Mutex<Cache>>,
}

impl<'a> Remote<'a> {
    /// Open the cache (when one is configured) and build the client (unless offline). Problems with
    /// the cache become notes; fetching goes on without it.
    pub fn new(opts: &'a LoadOptions, notes: &mut Vec<String>) -> Remote<'a> {
        let cache = opts.cache_dir.as_deref().and_then(|dir| match Cache::open(dir) {
            Ok((cache, note)) => {
                notes.extend(note);
                Some(Mutex::new(cache))
            }
            Err(e) => {
                notes.push(e);
                None
            }
        });
        Remote {
            opts,
            fetcher: (!opts.offline).then(|| Fetcher::new(&opts.net)),
            cache,
        }
    }

    fn cached(&self, url: &str) -> Option<Page> {
        // A poisoned lock means another fetch panicked mid-write; the cache is then skipped.
        let cache = self.cache.as_ref()?.lock().ok()?;
        cache.get(url).ok().flatten()
    }

    fn store(&self, f: impl FnOnce(&Cache) -> Result<(), String>) -> Option<String> {
        let cache = self.cache.as_ref()?.lock().ok()?;
        f(&cache).err()
    }

    /// One address: offline from the cache only; else re-validated against the cached copy
    /// (unless refreshing), and the cached copy used with a note when the network fails.
    pub fn get(&self, url: &str) -> Got {
        let cached = self.cached(url);
        let Some(fetcher) = &self.fetcher else {
            return cached
                .map(|p| (p, None))
                .ok_or_else(|| "not in the offline cache".to_string());
        };
        let validators = match (&cached, self.opts.refresh) {
            (Some(c), false) => Validators {
                etag: c.etag.as_deref(),
                last_modified: c.last_modified.as_deref(),
            },
            _ => Validators::default(),
        };
        match fetcher.fetch(url, validators) {
            Ok(Fetched::Page(page)) => {
                let note = self.store(|c| c.put(url, &page));
                Ok((page, note))
            }
            Ok(Fetched::NotModified) => match cached {
                Some(page) => Ok((page, self.store(|c| c.touch(url)))),
                // A 304 to a request that had no validators: the server is confused.
                None => Err("HTTP 304 without a cached copy".into()),
            },
            Err(e) => match cached {
                Some(page) => Ok((page, Some(format!("{e}; using the cached copy")))),
                None => Err(e),
            },
        }
    }

    /// Every address, at most `net.parallel` at once, in the order given. Progress is reported
    /// after each one ends.
    pub fn get_all(&self, urls: &[String]) -> Vec<Got> {
        let slots: Vec<Mutex<Option<Got>>> = urls.iter().map(|_| Mutex::new(None)).collect();
        let next = AtomicUsize::new(0);
        let done = AtomicUsize::new(0);
        let workers = self.opts.net.parallel.clamp(1, 8).min(urls.len());
        std::thread::scope(|scope| {
            for _ in 0..workers {
                scope.spawn(|| {
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(url) = urls.get(i) else { break };
                        let got = self.get(url);
                        if let Some(slot) = slots.get(i)
                            && let Ok(mut slot) = slot.lock()
                        {
                            *slot = Some(got);
                        }
                        let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                        if let Some(progress) = &self.opts.progress {
                            progress(n, urls.len(), url);
                        }
                    }
                });
            }
        });
        slots
            .into_iter()
            .map(|s| {
                s.into_inner()
                    .ok()
                    .flatten()
                    .unwrap_or_else(|| Err("fetch did not finish".into()))
            })
            .collect()
    }
}
